package org.therapyassist.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class ExerciseProgrammeDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ExerciseLibrary library;
    @Autowired
    Programmes programmes;
    @Autowired
    HomeSheets sheets;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    JdbcClient jdbc;

    Exercise exercise(CurrentUser user, String code) {
        return library.list(user.organisationId(), null, null).stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow();
    }

    Programmes.NewItem item(UUID exerciseId, Integer sets, Integer reps, Integer maxSets, Integer maxReps) {
        return new Programmes.NewItem(exerciseId, null, sets, reps, null, null, maxSets, maxReps, null, null, null);
    }

    @Test
    void theLibraryHasSixtyOrMoreExercisesInEveryCategoryEachWithADrawing() {
        CurrentUser pt = fixtures.user("pt.demo");
        List<Exercise> all = library.list(pt.organisationId(), null, null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all).allSatisfy(e -> {
            assertThat(Figures.exists(e.pose())).as(e.code()).isTrue();
            assertThat(e.steps()).isNotEmpty();
            assertThat(e.safety()).isNotBlank();
        });
        assertThat(all).extracting(Exercise::category).contains(ExerciseCategory.values());
        assertThat(library.list(pt.organisationId(), BodyRegion.KNEE, ExerciseCategory.STRENGTH))
                .isNotEmpty().allSatisfy(e -> assertThat(e.region()).isEqualTo(BodyRegion.KNEE));
    }

    @Test
    void aServiceAddsItsOwnExerciseWhichOtherServicesCannotSee() {
        CurrentUser pt = fixtures.user("pt.demo");
        Exercise own = library.add(pt, new ExerciseLibrary.NewExercise("Stroke ward bed bridge " + UUID.randomUUID(),
                BodyRegion.HIP, ExerciseCategory.STRENGTH, "lie-bridge", "Lie on your back, knees bent.",
                "Lift your bottom.\nLower slowly.", "Stop if your back hurts.", 2, 8, null, "Once a day"));
        assertThat(own.own()).isTrue();
        assertThat(own.steps()).containsExactly("Lift your bottom.", "Lower slowly.");
        assertThatThrownBy(() -> library.require(UUID.randomUUID(), own.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.add(fixtures.user("sw.demo"),
                new ExerciseLibrary.NewExercise("x", BodyRegion.HIP,
                        ExerciseCategory.STRENGTH, "sit", "a", "b", "c", null, null, null, "daily")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theTherapistPicksDosesOrdersAndAStaleEditIsRefusedWith409() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        ProgrammeLine sts = programmes.add(pt, episode.id(),
                item(exercise(pt, "sit-to-stand").id(), null, null, 3, 12));
        assertThat(sts.sets()).isEqualTo(2);
        assertThat(sts.repetitions()).isEqualTo(8);
        assertThat(sts.frequency()).isEqualTo("Twice a day");
        ProgrammeLine heel = programmes.add(pt, episode.id(), item(exercise(pt, "heel-raise").id(), 2, 10, null, null));
        programmes.add(pt, episode.id(),
                new Programmes.NewItem(null, "Walk to the day room with a frame", null, null, null,
                        "Twice a day", null, null, null, null, null));

        List<ProgrammeLine> moved = programmes.move(pt, heel.id(), heel.version(), Programmes.Direction.UP);
        assertThat(moved).extracting(ProgrammeLine::activity).startsWith("Heel raises", "Sit to stand");
        // The position change bumped the version: an edit made against the old version is stale.
        assertThatThrownBy(() -> programmes.change(pt, heel.id(), new Programmes.Change(heel.version(), 3, 10, null,
                "Once a day", null, null, null, null, null))).isInstanceOf(ConflictException.class);
        ProgrammeLine fresh = programmes.requireLine(pt.organisationId(), heel.id());
        assertThat(programmes.change(pt, heel.id(), new Programmes.Change(fresh.version(), 3, 10, null, "Once a day",
                null, null, null, null, null)).sets()).isEqualTo(3);
    }

    @Test
    void h37_aDoseBeyondTheProgressionLimitIsRefused() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser megan = fixtures.user("megan.ap");
        CurrentUser sam = fixtures.user("sw.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> programmes.add(pt, episode.id(), item(exercise(pt, "sit-to-stand").id(), 4, 8, 3, 12)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("sets"));
        ProgrammeLine sts = programmes.add(pt, episode.id(), item(exercise(pt, "sit-to-stand").id(), 2, 8, 3, 12));
        assertThatThrownBy(() -> programmes.change(pt, sts.id(), new Programmes.Change(sts.version(), 2, 13, null,
                "Twice a day", 3, 12, null, null, null))).isInstanceOf(InvalidInputException.class);

        // The assistant practitioner progresses within the limit, not beyond it; a band 3 worker not at all.
        assertThatThrownBy(() -> programmes.change(megan, sts.id(), new Programmes.Change(sts.version(), 3, 15, null,
                "Twice a day", null, null, null, null, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("programme.beyond-limits"));
        // Raising the limits, or changing how often, is a registrant's decision: refused by name, never silently
        // ignored.
        assertThatThrownBy(() -> programmes.change(megan, sts.id(), new Programmes.Change(sts.version(), 3, 12, null,
                "anything", 9, 99, null, "ignored", null)))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> {
                    assertThat(e.code()).isEqualTo("programme.registrant-only");
                    assertThat(e.getMessage()).contains("most sets", "most repetitions", "how often",
                            "limits of progression");
                });
        assertThat(programmes.requireLine(pt.organisationId(), sts.id()).maxSets()).isEqualTo(3);
        ProgrammeLine progressed = programmes.change(megan, sts.id(), new Programmes.Change(sts.version(), 3, 12, null,
                "Twice a day", 3, 12, null, null, null));
        assertThat(progressed.sets()).isEqualTo(3);
        assertThat(progressed.maxRepetitions()).isEqualTo(12);
        assertThat(progressed.frequency()).isEqualTo("Twice a day");
        assertThatThrownBy(
                () -> programmes.change(sam, sts.id(), new Programmes.Change(progressed.version(), 3, 11, null,
                        "Twice a day", null, null, null, null, null)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> programmes.remove(megan, sts.id(), progressed.version()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void h35_aSheetNeverShowsAnotherPatientsProgramme() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode mine = fixtures.patientWithEpisode(pt);
        Episode other = fixtures.patientWithEpisode(pt);
        programmes.add(pt, mine.id(), item(exercise(pt, "tandem-stand").id(), null, null, null, null));
        programmes.add(pt, other.id(), item(exercise(pt, "pursed-lip").id(), null, null, null, null));
        HomeSheets.Sheet sheet = sheets.sheet(pt, mine.id());
        assertThat(sheet.patientId()).isEqualTo(mine.patientId());
        assertThat(sheet.items()).extracting(ProgrammeLine::activity).containsExactly("Heel to toe standing");
        String text = text(sheets.pdf(sheet, false));
        assertThat(text).contains("Heel to toe standing").doesNotContain("Pursed-lip");
        // A sheet for a patient outside the caseload is refused, and another service's episode does not exist.
        assertThatThrownBy(() -> sheets.sheet(fixtures.user("chloe.sw"), mine.id()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void h36_anItemTakenOffTheProgrammeIsNotOnTheSheet() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        ProgrammeLine keep = programmes.add(pt, episode.id(),
                item(exercise(pt, "sit-to-stand").id(), null, null, null, null));
        ProgrammeLine gone = programmes.add(pt, episode.id(),
                item(exercise(pt, "step-ups").id(), null, null, null, null));
        assertThatThrownBy(() -> programmes.remove(pt, gone.id(), gone.version() + 5))
                .isInstanceOf(ConflictException.class);
        programmes.remove(pt, gone.id(), gone.version());
        assertThat(sheets.sheet(pt, episode.id()).items()).extracting(ProgrammeLine::id).containsExactly(keep.id());
        assertThat(text(sheets.pdf(sheets.sheet(pt, episode.id()), true))).contains("Sit to stand")
                .doesNotContain("Step ups");
        assertThatThrownBy(() -> programmes.remove(pt, gone.id(), gone.version() + 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePdfSheetCarriesTheDoseTheSafetyNoteAndTheTeamsNumberAndTheSheetIsAudited() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        sheets.setContactPhone(lead, episode.teamId(), "01632 960 999");
        assertThatThrownBy(() -> sheets.setContactPhone(pt, episode.teamId(), "01632 960 998"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> sheets.setContactPhone(lead, episode.teamId(), "call me"))
                .isInstanceOf(InvalidInputException.class);
        programmes.add(pt, episode.id(), item(exercise(pt, "heel-raise").id(), 2, 10, null, null));
        long before = audits(episode.patientId());
        String standard = text(sheets.pdf(sheets.sheet(pt, episode.id()), false));
        assertThat(standard).contains("Your home exercises", "Heel raises", "2 sets of 10 times", "01632 960 999",
                "Keep your knees straight but not locked.");
        String easy = text(sheets.pdf(sheets.sheet(pt, episode.id()), true));
        assertThat(easy).contains("My exercises", "Rise up onto your toes.", "01632 960 999");
        assertThat(audits(episode.patientId())).isEqualTo(before + 2);
    }

    @Test
    void theSupportWorkerTicksTheProgrammeAndTheSignedRecordShowsDoneAgainstPrescribed() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        ProgrammeLine sts = programmes.add(pt, episode.id(), item(exercise(pt, "sit-to-stand").id(), 3, 8, null, null));
        ProgrammeLine heel = programmes.add(pt, episode.id(), item(exercise(pt, "heel-raise").id(), 2, 10, null, null));
        Episode other = fixtures.patientWithEpisode(pt);
        ProgrammeLine foreign = programmes.add(pt, other.id(),
                item(exercise(pt, "bridge").id(), null, null, null, null));
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());

        assertThatThrownBy(() -> records.record(hca, session(d, List.of(
                new NewSessionRecord.Activity("Bridging", 2, 8, foreign.id(), true, null)))))
                .isInstanceOf(InvalidInputException.class);
        SessionRecordView draft = records.record(hca, session(d, List.of(
                new NewSessionRecord.Activity(sts.activity(), 3, 6, sts.id(), true, "forged"),
                new NewSessionRecord.Activity(heel.activity(), 2, 10, heel.id(), false, null),
                new NewSessionRecord.Activity("Walk to the window", 1, null))));
        SessionRecordView signed = records.sign(hca, draft.id());
        assertThat(signed.activities()).hasSize(3);
        var first = signed.activities().get(0);
        assertThat(first.done()).isTrue();
        assertThat(first.repetitionsDone()).isEqualTo(6);
        assertThat(first.prescribed()).isEqualTo("3 sets of 8 times, twice a day");
        var second = signed.activities().get(1);
        assertThat(second.done()).isFalse();
        assertThat(second.setsDone()).isNull();
        assertThat(signed.activities().get(2).fromProgramme()).isFalse();

        // A later change to the programme does not change what the signed record says was prescribed.
        programmes.change(pt, sts.id(), new Programmes.Change(sts.version(), 3, 10, null, "Twice a day", null, null,
                null, null, null));
        assertThat(records.open(hca, signed.id()).activities().get(0).prescribed())
                .isEqualTo("3 sets of 8 times, twice a day");
    }

    NewSessionRecord session(DelegationView d, List<NewSessionRecord.Activity> activities) {
        return new NewSessionRecord(d.id(), fixtures.today(), activities, "Tolerated well", 2, 2, null, null, List.of(),
                null, null);
    }

    long audits(UUID patientId) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and action = 'patient.view-record'")
                .param(patientId).query(Long.class).single();
    }

    static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }
}
