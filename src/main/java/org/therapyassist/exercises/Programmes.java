package org.therapyassist.exercises;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * The programme of an episode of care, built from the library: the therapist picks, doses, orders and sets the limits
 * of progression; an assistant practitioner may progress within those limits. Rows live in careplans' programme_item,
 * so everything that already reads the programme (the patient page, delegation, the session record) sees them.
 * Every change carries the version it was made against; a stale one is refused with 409.
 */
@Service
public class Programmes {

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final ExerciseLibrary library;
    private final PatientAccess access;
    private final Clock clock;

    private final CommandGuard guard;

    Programmes(JdbcClient jdbc, CarePlans carePlans, ExerciseLibrary library, PatientAccess access, CommandGuard guard,
            Clock clock) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.library = library;
        this.access = access;
        this.clock = clock;
    }

    public enum Direction { UP, DOWN }

    /** A new item: a library exercise (its name and default dose fill any gaps) or a free-text activity. */
    @Schema(name = "NewProgrammeItem", description = "A library exercise (exerciseId; its usual dose fills any gaps) or a "
            + "free-text activity (activity and frequency)")
    public record NewItem(
            UUID exerciseId,
            @Size(max = 200, message = "Activity must be 200 characters or fewer") String activity,
            @Min(value = 1, message = "Sets must be between 1 and 20") @Max(value = 20, message = "Sets must be between 1 and 20") Integer sets,
            @Min(value = 1, message = "Repetitions must be between 1 and 100") @Max(value = 100, message = "Repetitions must be between 1 and 100") Integer repetitions,
            @Min(value = 1, message = "Hold must be between 1 and 300 seconds") @Max(value = 300, message = "Hold must be between 1 and 300 seconds") Integer holdSeconds,
            @Size(max = 100, message = "Frequency must be 100 characters or fewer") String frequency,
            @Min(value = 1, message = "Most sets must be between 1 and 20") @Max(value = 20, message = "Most sets must be between 1 and 20") Integer maxSets,
            @Min(value = 1, message = "Most repetitions must be between 1 and 100") @Max(value = 100, message = "Most repetitions must be between 1 and 100") Integer maxRepetitions,
            @Min(value = 1, message = "Longest hold must be between 1 and 300 seconds") @Max(value = 300, message = "Longest hold must be between 1 and 300 seconds") Integer maxHoldSeconds,
            @Size(max = 500, message = "Progression limits must be 500 characters or fewer") String progressionLimits,
            @Size(max = 500, message = "Note must be 500 characters or fewer") String note) {
    }

    /** A change to an item's dose or limits, made against the version the person saw. */
    @Schema(name = "ProgrammeItemChange")
    public record Change(
            @NotNull(message = "The version of the item you changed is missing; reload the page") Integer version,
            @Min(value = 1, message = "Sets must be between 1 and 20") @Max(value = 20, message = "Sets must be between 1 and 20") Integer sets,
            @Min(value = 1, message = "Repetitions must be between 1 and 100") @Max(value = 100, message = "Repetitions must be between 1 and 100") Integer repetitions,
            @Min(value = 1, message = "Hold must be between 1 and 300 seconds") @Max(value = 300, message = "Hold must be between 1 and 300 seconds") Integer holdSeconds,
            @NotBlank(message = "Enter how often, for example twice a day") @Size(max = 100, message = "Frequency must be 100 characters or fewer") String frequency,
            @Min(value = 1, message = "Most sets must be between 1 and 20") @Max(value = 20, message = "Most sets must be between 1 and 20") Integer maxSets,
            @Min(value = 1, message = "Most repetitions must be between 1 and 100") @Max(value = 100, message = "Most repetitions must be between 1 and 100") Integer maxRepetitions,
            @Min(value = 1, message = "Longest hold must be between 1 and 300 seconds") @Max(value = 300, message = "Longest hold must be between 1 and 300 seconds") Integer maxHoldSeconds,
            @Size(max = 500, message = "Progression limits must be 500 characters or fewer") String progressionLimits,
            @Size(max = 500, message = "Note must be 500 characters or fewer") String note) {
    }

    /** The programme, checked and audited as a read of the patient's record. */
    @Transactional
    public List<ProgrammeLine> programme(CurrentUser user, UUID episodeId) {
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        access.check(user, episode.patientId(), PatientAction.VIEW_RECORD, episodeId);
        return linesOf(user.organisationId(), episodeId);
    }

    /** Active items in order; the caller has checked access to the patient. */
    @Transactional(readOnly = true)
    public List<ProgrammeLine> linesOf(UUID organisationId, UUID episodeId) {
        List<Object[]> rows = new ArrayList<>();
        List<ProgrammeLine> bare = jdbc.sql("select * from programme_item where organisation_id = ? and episode_id = ? "
                        + "and active = true order by position")
                .params(organisationId, episodeId)
                .query((rs, n) -> {
                    rows.add(new Object[] {rs.getObject("exercise_id", UUID.class)});
                    return new ProgrammeLine(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                            rs.getInt("position"), rs.getString("activity"), null, (Integer) rs.getObject("sets"),
                            (Integer) rs.getObject("repetitions"), (Integer) rs.getObject("hold_seconds"),
                            rs.getString("frequency"), (Integer) rs.getObject("max_sets"),
                            (Integer) rs.getObject("max_repetitions"), (Integer) rs.getObject("max_hold_seconds"),
                            rs.getString("progression_limits"), rs.getString("note"), rs.getInt("version"));
                }).list();
        List<UUID> exerciseIds = rows.stream().map(r -> (UUID) r[0]).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Exercise> exercises = library.byIds(organisationId, exerciseIds);
        List<ProgrammeLine> out = new ArrayList<>();
        for (int i = 0; i < bare.size(); i++) {
            ProgrammeLine l = bare.get(i);
            Exercise e = rows.get(i)[0] == null ? null : exercises.get((UUID) rows.get(i)[0]);
            out.add(new ProgrammeLine(l.id(), l.episodeId(), l.position(), l.activity(), e, l.sets(), l.repetitions(),
                    l.holdSeconds(), l.frequency(), l.maxSets(), l.maxRepetitions(), l.maxHoldSeconds(),
                    l.progressionLimits(), l.note(), l.version()));
        }
        return out;
    }

    @Transactional
    public ProgrammeLine add(CurrentUser user, UUID episodeId, NewItem item) {
        requireRegistrant(user);
        Episode episode = requireOpen(user, episodeId);
        Exercise exercise = item.exerciseId() == null ? null : library.require(user.organisationId(), item.exerciseId());
        String activity = exercise != null ? exercise.name() : Text.blankToNull(item.activity());
        Map<String, String> errors = new HashMap<>();
        if (activity == null) {
            errors.put("exerciseId", "Choose an exercise from the library or enter an activity");
        }
        Integer sets = pick(item.sets(), exercise == null ? null : exercise.defaultSets());
        Integer reps = pick(item.repetitions(), exercise == null ? null : exercise.defaultRepetitions());
        Integer hold = pick(item.holdSeconds(), exercise == null ? null : exercise.defaultHoldSeconds());
        String frequency = Text.blankToNull(item.frequency());
        if (frequency == null && exercise != null) {
            frequency = exercise.defaultFrequency();
        }
        if (frequency == null) {
            errors.put("frequency", "Enter how often, for example twice a day");
        }
        errors.putAll(ProgrammeRules.overLimits(new ProgrammeRules.Dosage(sets, reps, hold),
                new ProgrammeRules.Limits(item.maxSets(), item.maxRepetitions(), item.maxHoldSeconds())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        carePlans.requireRoomInProgramme(user.organisationId(), episodeId, "exerciseId");
        Integer last = jdbc.sql("select max(position) from programme_item where organisation_id = ? and episode_id = ?")
                .params(user.organisationId(), episodeId).query(Integer.class).optional().orElse(null);
        UUID id = Ids.newId();
        jdbc.sql("insert into programme_item (id, organisation_id, episode_id, position, activity, sets, repetitions, "
                        + "frequency, progression_limits, created_at, created_by, exercise_id, hold_seconds, max_sets, "
                        + "max_repetitions, max_hold_seconds, note, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, user.organisationId(), episodeId, last == null ? 1 : last + 1, limit(activity, 200), sets,
                        reps, frequency, Text.blankToNull(item.progressionLimits()), Time.db(clock.instant()),
                        user.staffId(), exercise == null ? null : exercise.id(), hold, item.maxSets(),
                        item.maxRepetitions(), item.maxHoldSeconds(), Text.blankToNull(item.note()))
                .update();
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, id);
        return requireLine(user.organisationId(), id);
    }

    /**
     * A registrant changes anything; an assistant practitioner progresses sets, repetitions and hold within the
     * limits (H37). Stale versions are refused with 409.
     */
    @Transactional
    public ProgrammeLine change(CurrentUser user, UUID itemId, Change change) {
        ProgrammeLine current = requireLine(user.organisationId(), itemId);
        Episode episode = requireOpen(user, current.episodeId());
        ProgrammeRules.Dosage proposed = new ProgrammeRules.Dosage(change.sets(), change.repetitions(), change.holdSeconds());
        ProgrammeRules.Limits limits;
        String frequency = change.frequency().strip();
        String progressionLimits;
        String note;
        if (user.isRegistrant()) {
            limits = new ProgrammeRules.Limits(change.maxSets(), change.maxRepetitions(), change.maxHoldSeconds());
            progressionLimits = Text.blankToNull(change.progressionLimits());
            note = Text.blankToNull(change.note());
            Map<String, String> errors = ProgrammeRules.overLimits(proposed, limits);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        } else {
            // An assistant practitioner with the progression sign-offs changes the dose within the limits, and nothing
            // else: a change to anything else is refused by name, never quietly dropped.
            guard.check(user, Command.CHANGE_EXERCISE_DOSE);
            limits = current.limitsAsNumbers();
            java.util.List<String> registrantOnly = ProgrammeRules.registrantOnlyChanges(limits,
                    new ProgrammeRules.Limits(change.maxSets(), change.maxRepetitions(), change.maxHoldSeconds()),
                    current.frequency(), change.frequency(), current.progressionLimits(), change.progressionLimits(),
                    current.note(), change.note());
            if (!registrantOnly.isEmpty()) {
                throw new NotAllowedException("programme.registrant-only", "Only a registered therapist can change the "
                        + String.join(", ", registrantOnly) + ". You can change the sets, repetitions and hold within the "
                        + "limits the therapist set.", Map.of("itemId", itemId, "fields", registrantOnly));
            }
            String refusal = ProgrammeRules.progressionRefusal(user.band(), current.dosage(), proposed, limits);
            if (refusal != null) {
                throw new RefusedException("programme.beyond-limits", refusal,
                        Map.of("itemId", itemId, "limits", current.limits()));
            }
            frequency = current.frequency();
            progressionLimits = current.progressionLimits();
            note = current.note();
        }
        int updated = jdbc.sql("update programme_item set sets = ?, repetitions = ?, hold_seconds = ?, frequency = ?, "
                        + "max_sets = ?, max_repetitions = ?, max_hold_seconds = ?, progression_limits = ?, note = ?, "
                        + "version = version + 1, updated_at = ?, updated_by = ? "
                        + "where organisation_id = ? and id = ? and active = true and version = ?")
                .params(proposed.sets(), proposed.repetitions(), proposed.holdSeconds(), frequency, limits.maxSets(),
                        limits.maxRepetitions(), limits.maxHoldSeconds(), progressionLimits, note,
                        Time.db(clock.instant()), user.staffId(), user.organisationId(), itemId, change.version())
                .update();
        if (updated != 1) {
            throw stale();
        }
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, itemId);
        return requireLine(user.organisationId(), itemId);
    }

    @Transactional
    public List<ProgrammeLine> move(CurrentUser user, UUID itemId, int version, Direction direction) {
        requireRegistrant(user);
        ProgrammeLine current = requireLine(user.organisationId(), itemId);
        Episode episode = requireOpen(user, current.episodeId());
        if (current.version() != version) {
            throw stale();
        }
        List<ProgrammeLine> lines = linesOf(user.organisationId(), current.episodeId());
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(itemId)) {
                index = i;
            }
        }
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (other >= 0 && other < lines.size()) {
            ProgrammeLine neighbour = lines.get(other);
            if (jdbc.sql("update programme_item set position = ?, version = version + 1 where id = ? and version = ?")
                    .params(neighbour.position(), itemId, version).update() != 1) {
                throw stale();
            }
            jdbc.sql("update programme_item set position = ?, version = version + 1 where id = ?")
                    .params(current.position(), neighbour.id()).update();
        }
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, itemId);
        return linesOf(user.organisationId(), current.episodeId());
    }

    /** Takes the item off the programme (and so off the sheet and the session record); the row is kept. */
    @Transactional
    public void remove(CurrentUser user, UUID itemId, int version) {
        requireRegistrant(user);
        ProgrammeLine current = requireLine(user.organisationId(), itemId);
        Episode episode = requireOpen(user, current.episodeId());
        int updated = jdbc.sql("update programme_item set active = false, version = version + 1, updated_at = ?, "
                        + "updated_by = ? where organisation_id = ? and id = ? and active = true and version = ?")
                .params(Time.db(clock.instant()), user.staffId(), user.organisationId(), itemId, version).update();
        if (updated != 1) {
            throw stale();
        }
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, itemId);
    }

    /** An active item of this organisation; 404 otherwise. Does not audit. */
    @Transactional(readOnly = true)
    public ProgrammeLine requireLine(UUID organisationId, UUID itemId) {
        UUID episodeId = jdbc.sql("select episode_id from programme_item where organisation_id = ? and id = ? and active = true")
                .params(organisationId, itemId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("programme.item-not-found", "There is no such item on the programme."));
        return linesOf(organisationId, episodeId).stream().filter(l -> l.id().equals(itemId)).findFirst().orElseThrow();
    }

    private Episode requireOpen(CurrentUser user, UUID episodeId) {
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        if (!episode.isOpen()) {
            throw new ConflictException("episode.closed", "This episode of care is closed.");
        }
        return episode;
    }

    private static ConflictException stale() {
        return new ConflictException("programme.stale",
                "Someone else changed this programme since you opened it. Reload it and make your change again.");
    }

    private static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("programme.registrant-only",
                    "Only a registered therapist can add, reorder or remove programme items.");
        }
    }

    private static Integer pick(Integer given, Integer fallback) {
        return given != null ? given : fallback;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
