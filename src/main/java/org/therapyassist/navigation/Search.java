package org.therapyassist.navigation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.Assets;
import org.therapyassist.exercises.ExerciseLibrary;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.staff.StaffDirectory;

/**
 * The header's one search box: patients (NHS number in any spacing, a date of birth, or the start of each name), staff
 * by name, exercises by words in their name, and equipment by the start of its label, each group shown only to those
 * whose menu has its pages (the same rules), each cut to a few with a count of what else there is where its own page
 * lists more. Patients found are access-checked and audited by the patients module, as on Patients.
 */
@Service
public class Search {

    /** Each group shows at most this many; the patients' and exercises' own pages list more. */
    public static final int PER_GROUP = 8;
    /** Fewer characters than this find too much to be of use. */
    public static final int MIN_LENGTH = 2;

    private final MainMenu menu;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final ExerciseLibrary exercises;
    private final Assets assets;

    Search(MainMenu menu, PatientRecords patients, StaffDirectory staff, ExerciseLibrary exercises, Assets assets) {
        this.menu = menu;
        this.patients = patients;
        this.staff = staff;
        this.exercises = exercises;
        this.assets = assets;
    }

    @Schema(name = "SearchResults", description = "What one search found, by kind; a kind the caller may not see "
            + "is an empty list. tooShort: fewer than 2 characters were typed, so nothing was searched")
    public record Results(String query, boolean tooShort, List<FoundPatient> patients, UUID outsideCaseloadPatientId,
            List<FoundStaff> staff, List<FoundExercise> exercises, long exercisesInAll, List<FoundAsset> equipment) {

        public Results {
            patients = List.copyOf(patients);
            staff = List.copyOf(staff);
            exercises = List.copyOf(exercises);
            equipment = List.copyOf(equipment);
        }

        public boolean nothingFound() {
            return patients.isEmpty() && outsideCaseloadPatientId == null && staff.isEmpty() && exercises.isEmpty()
                    && equipment.isEmpty();
        }
    }

    @Schema(name = "SearchPatient")
    public record FoundPatient(UUID id, String name, String nhsNumber, LocalDate dateOfBirth, List<String> alerts) {
    }

    @Schema(name = "SearchStaff")
    public record FoundStaff(UUID id, String name, String jobTitle, String team) {
    }

    @Schema(name = "SearchExercise")
    public record FoundExercise(UUID id, String name, String region) {
    }

    @Schema(name = "SearchEquipment")
    public record FoundAsset(UUID id, String label, String item, Asset.Status status) {
    }

    @Transactional
    public Results find(CurrentUser me, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        if (q.length() < MIN_LENGTH) {
            return new Results(q, true, List.of(), null, List.of(), List.of(), 0, List.of());
        }
        Menu mine = menu.of(me);
        List<FoundPatient> foundPatients = List.of();
        UUID outside = null;
        if (mine.has("patients")) {
            PatientRecords.SearchResult result = patients.search(me, q, PER_GROUP);
            foundPatients = result.patients().stream()
                    .map(p -> new FoundPatient(p.id(), p.displayName(), p.nhsNumber().formatted(), p.dateOfBirth(),
                            p.alerts().stream().map(a -> a.title()).toList()))
                    .toList();
            outside = result.outsideCaseloadPatientId();
        }
        List<FoundStaff> foundStaff = !mine.has("staff")
                ? List.of()
                : staff.search(me.organisationId(), q, PER_GROUP).stream()
                        .map(s -> new FoundStaff(s.id(), s.displayName(), s.jobRole().title(), s.teamName()))
                        .toList();
        List<FoundExercise> foundExercises = List.of();
        long exercisesInAll = 0;
        if (mine.has("exercises")) {
            var page = exercises.list(me.organisationId(), null, null, q, PageRequest.first(PER_GROUP));
            foundExercises = page.items().stream()
                    .map(e -> new FoundExercise(e.id(), e.name(), e.region().title())).toList();
            exercisesInAll = page.total();
        }
        List<FoundAsset> foundAssets = !mine.has("equipment")
                ? List.of()
                : assets.withLabelStarting(me.organisationId(), q, PER_GROUP).stream()
                        .map(a -> new FoundAsset(a.id(), a.label(), a.itemName(), a.status())).toList();
        return new Results(q, false, foundPatients, outside, foundStaff, foundExercises, exercisesInAll, foundAssets);
    }
}
