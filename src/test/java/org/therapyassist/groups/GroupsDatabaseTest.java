package org.therapyassist.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.groups.Enrolments.Status;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Stage;
import org.therapyassist.record.PatientRecordView;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class GroupsDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GroupClasses classes;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Registers registers;
    @Autowired
    PatientRecordView record;

    GroupClasses.ClassTemplate newClass(CurrentUser pt, int capacity) {
        return classes.create(pt,
                new GroupClasses.NewClass(pt.teamId(), "Test class " + UUID.randomUUID().toString().substring(0, 6),
                        ClassType.FALLS_PREVENTION, capacity, Stage.SENIOR_SUPPORT_WORKER,
                        "Sit to stand x 10\n\nHeel raises x 15",
                        "Therapy gym", DayOfWeek.TUESDAY, LocalTime.of(10, 30), 60));
    }

    GroupClasses.Session today(CurrentUser pt, GroupClasses.ClassTemplate c, String leader) {
        return classes.schedule(pt, c.id(),
                new GroupClasses.NewSessions(fixtures.today(), 1, fixtures.user(leader).staffId())).getFirst();
    }

    @Test
    void aTemplateKeepsItsExercisesAndABlockOfWeeklySessionsIsScheduled() {
        CurrentUser pt = fixtures.user("pt.demo");
        var c = newClass(pt, 10);
        assertThat(c.defaultExercises()).containsExactly("Sit to stand x 10", "Heel raises x 15");
        var block = classes.schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today().plusDays(1), 6,
                fixtures.user("sw.demo").staffId()));
        assertThat(block).hasSize(6).extracting(GroupClasses.Session::date)
                .containsExactly(fixtures.today().plusDays(1), fixtures.today().plusDays(8),
                        fixtures.today().plusDays(15),
                        fixtures.today().plusDays(22), fixtures.today().plusDays(29), fixtures.today().plusDays(36));
        assertThatThrownBy(() -> classes.schedule(pt, c.id(),
                new GroupClasses.NewSessions(fixtures.today().plusDays(8), 1,
                        fixtures.user("sw.demo").staffId())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("group.session-exists"));
        var cancelled = classes.cancel(fixtures.user("sw.demo"), block.get(1).id(), "Leader on annual leave",
                block.get(1).version());
        assertThat(cancelled.status()).isEqualTo(GroupClasses.SessionStatus.CANCELLED);
        assertThatThrownBy(() -> classes.cancel(pt, block.get(1).id(), "Again", block.get(1).version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> classes.create(fixtures.user("sw.demo"), new GroupClasses.NewClass(pt.teamId(), "X",
                ClassType.OTHER, 5, Stage.SUPPORT_WORKER, null, "Gym", DayOfWeek.MONDAY, LocalTime.NOON, 60)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> classes.create(pt,
                new GroupClasses.NewClass(pt.teamId(), " ", null, 0, null, null, "", null, null, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "type", "capacity", "leaderStage", "venue", "dayOfWeek", "startTime",
                                "durationMinutes"));
    }

    @Test
    void h38_aSessionLedBySomeoneBelowTheRequiredStageIsRefused() {
        CurrentUser pt = fixtures.user("pt.demo");
        var c = newClass(pt, 8);
        assertThatThrownBy(() -> classes.schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today(), 4,
                fixtures.user("hca.demo").staffId())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("group.leader-below-stage"));
        assertThat(classes.sessionsOf(pt.organisationId(), c.id())).isEmpty();
        var session = today(pt, c, "sw.demo");
        assertThatThrownBy(
                () -> classes.changeLeader(pt, session.id(), fixtures.user("hca.demo").staffId(), session.version()))
                .isInstanceOf(RefusedException.class);
        assertThat(classes.changeLeader(pt, session.id(), fixtures.user("megan.ap").staffId(), session.version())
                .leaderName())
                .isEqualTo("Megan Price");
        assertThat(classes.possibleLeaders(pt.organisationId(), Stage.SENIOR_SUPPORT_WORKER))
                .extracting(s -> s.jobRole().name()).doesNotContain("SUPPORT_WORKER", "ADMINISTRATOR");
    }

    @Test
    void h39_thirtyConcurrentEnrolmentsIntoAClassOfTwelveFillItAndQueueTheRest() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        var c = newClass(pt, 12);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            episodes.add(fixtures.patientWithEpisode(pt));
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Enrolments.Enrolment>> results = new ArrayList<>();
        for (Episode e : episodes) {
            results.add(pool.submit(() -> {
                start.await();
                return enrolments.enrol(pt, c.id(), e.id());
            }));
        }
        start.countDown();
        List<Enrolments.Enrolment> done = new ArrayList<>();
        for (var f : results) {
            done.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(done.stream().filter(e -> e.status() == Status.ENROLLED)).hasSize(12);
        List<Integer> positions = done.stream().filter(e -> e.status() == Status.WAITING)
                .map(Enrolments.Enrolment::waitingPosition).toList();
        assertThat(positions).hasSize(18).doesNotHaveDuplicates();
        assertThat(positions.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 18).boxed().toList());
        assertThat(classes.require(pt.organisationId(), c.id()).enrolledCount()).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from group_enrolment where class_id = ? and status = 'ENROLLED'")
                .param(c.id())
                .query(Long.class).single()).isEqualTo(12);

        // A withdrawal frees a place; the person waiting longest moves up and the class stays at capacity.
        var leaving = done.stream().filter(e -> e.status() == Status.ENROLLED).findFirst().orElseThrow();
        var first = done.stream().filter(e -> e.status() == Status.WAITING && e.waitingPosition() == 1).findFirst()
                .orElseThrow();
        var result = enrolments.withdraw(pt, leaving.id(), "Moved to another area", leaving.version());
        assertThat(result.withdrawn().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(result.movedUp()).map(Enrolments.Enrolment::id).contains(first.id());
        assertThat(result.movedUp().orElseThrow().status()).isEqualTo(Status.ENROLLED);
        assertThat(classes.require(pt.organisationId(), c.id()).enrolledCount()).isEqualTo(12);
        assertThat(classes.require(pt.organisationId(), c.id()).waitingCount()).isEqualTo(17);
        assertThatThrownBy(() -> enrolments.withdraw(pt, leaving.id(), "Again", leaving.version()))
                .isInstanceOf(ConflictException.class);
        // Enrolling the same patient twice is a conflict; the database would refuse an enrolled count above capacity
        // anyway.
        assertThatThrownBy(() -> enrolments.enrol(pt, c.id(), first.episodeId()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("group.already-enrolled"));
        assertThatThrownBy(() -> jdbc.sql("update group_class set enrolled_count = capacity + 1 where id = ?")
                .param(c.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // Someone who withdrew can be enrolled again: the class is full, so they join the end of the waiting list.
        var back = enrolments.enrol(pt, c.id(), leaving.episodeId());
        assertThat(back.status()).isEqualTo(Status.WAITING);
        assertThat(back.waitingPosition()).isEqualTo(19);
    }

    @Test
    void h40_attendanceForAPatientNotEnrolledIsRefusedAndNothingIsWritten() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        var c = newClass(pt, 4);
        Episode enrolled = fixtures.patientWithEpisode(pt);
        Episode outsider = fixtures.patientWithEpisode(pt);
        enrolments.enrol(pt, c.id(), enrolled.id());
        var session = today(pt, c, "sw.demo");
        assertThatThrownBy(() -> registers.save(sam, session.id(), new Registers.SaveRegister(null, List.of(
                new GroupRules.Line(enrolled.patientId(), Outcome.ATTENDED, null),
                new GroupRules.Line(outsider.patientId(), Outcome.ATTENDED, "Came along with a friend")),
                session.version())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("group.patient-not-enrolled"));
        assertThat(registers.recordOf(pt.organisationId(), session.id())).isEmpty();
        assertThat(classes.requireSession(pt.organisationId(), session.id()).status())
                .isEqualTo(GroupClasses.SessionStatus.SCHEDULED);
        assertThat(jdbc.sql("select count(*) from group_attendance where patient_id = ?").param(outsider.patientId())
                .query(Long.class).single()).isZero();
        // A support worker who does not lead the session may not take its register.
        assertThatThrownBy(() -> registers.save(fixtures.user("hca.demo"), session.id(),
                new Registers.SaveRegister(null,
                        List.of(new GroupRules.Line(enrolled.patientId(), Outcome.ATTENDED, null)), session.version())))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void oneSignedRegisterWritesOneGroupRecordAndALineInEachAttendeesTimelineAndIsThenOnlyAmended() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        var c = newClass(pt, 6);
        Episode a = fixtures.patientWithEpisode(pt);
        Episode b = fixtures.patientWithEpisode(pt);
        Episode d = fixtures.patientWithEpisode(pt);
        List.of(a, b, d).forEach(e -> enrolments.enrol(pt, c.id(), e.id()));
        var future = classes
                .schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today().plusDays(7), 1, sam.staffId()))
                .getFirst();
        assertThatThrownBy(
                () -> registers.save(sam, future.id(), new Registers.SaveRegister(null, List.of(), future.version())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("group.session-in-future"));
        var session = today(pt, c, "sw.demo");
        assertThat(registers.sheet(sam, session.id()).enrolled()).hasSize(3);
        // An incomplete register: every enrolled patient needs an outcome.
        assertThatThrownBy(() -> registers.save(sam, session.id(), new Registers.SaveRegister(null,
                List.of(new GroupRules.Line(a.patientId(), Outcome.ATTENDED, null)), session.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("outcome-" + b.patientId(), "outcome-" + d.patientId()));

        var saved = registers.save(sam, session.id(),
                new Registers.SaveRegister("Circuit level 2 for everyone", List.of(
                        new GroupRules.Line(a.patientId(), Outcome.ATTENDED, "Progressed to 2 kg weights"),
                        new GroupRules.Line(b.patientId(), Outcome.DID_NOT_ATTEND, null),
                        new GroupRules.Line(d.patientId(), Outcome.CANCELLED, "Rang in unwell")), session.version()));
        assertThat(saved.attended()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from group_record where session_id = ?").param(session.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from group_attendance where session_id = ?").param(session.id())
                .query(Long.class).single()).isEqualTo(3);

        var timeline = record.timeline(pt, a.patientId(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertThat(timeline).filteredOn(t -> t.kind().equals("group-attendance")).singleElement()
                .satisfies(t -> assertThat(t.summary()).contains(c.name()).contains("attended"));
        assertThat(record.timeline(pt, b.patientId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .filteredOn(t -> t.kind().equals("group-attendance")).singleElement()
                .satisfies(t -> assertThat(t.summary()).contains("did not attend"));
        var whole = record.open(pt, a.patientId());
        assertThat(whole.groups().attendance()).singleElement()
                .satisfies(x -> assertThat(x.note()).isEqualTo("Progressed to 2 kg weights"));
        assertThat(whole.groups().enrolments()).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(Status.ENROLLED));

        // Signed: saving again is a conflict; the correction is an amendment and the original line is unchanged.
        assertThatThrownBy(() -> registers.save(sam, session.id(), new Registers.SaveRegister(null, List.of(
                new GroupRules.Line(a.patientId(), Outcome.ATTENDED, null),
                new GroupRules.Line(b.patientId(), Outcome.ATTENDED, null),
                new GroupRules.Line(d.patientId(), Outcome.ATTENDED, null)), session.version() + 1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("group.register-signed"));
        var amended = registers.amend(sam, session.id(), new Registers.Amend(b.patientId(), Outcome.ATTENDED,
                "Arrived 20 minutes late and joined the second half"));
        assertThat(amended.attended()).isEqualTo(2);
        assertThat(amended.lines()).filteredOn(l -> l.patientId().equals(b.patientId())).singleElement()
                .satisfies(l -> assertThat(l.outcome()).isEqualTo(Outcome.DID_NOT_ATTEND))
                .satisfies(l -> assertThat(l.effectiveOutcome()).isEqualTo(Outcome.ATTENDED));
        assertThat(jdbc.sql("select outcome from group_attendance where session_id = ? and patient_id = ?")
                .params(session.id(), b.patientId()).query(String.class).single()).isEqualTo("DID_NOT_ATTEND");
        assertThatThrownBy(() -> registers.amend(sam, session.id(), new Registers.Amend(null, null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(jdbc.sql(
                "select count(*) from audit_event where patient_id = ? and action = 'patient.record-group-attendance'")
                .param(a.patientId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void measuresTakenInAClassGoOnEachPatientsRecordAndABadOneStopsTheWholeRegister() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        var c = newClass(pt, 6);
        Episode a = fixtures.patientWithEpisode(pt);
        Episode b = fixtures.patientWithEpisode(pt);
        List.of(a, b).forEach(e -> enrolments.enrol(pt, c.id(), e.id()));
        var session = today(pt, c, "sw.demo");
        var lines = List.of(new GroupRules.Line(a.patientId(), Outcome.ATTENDED, null),
                new GroupRules.Line(b.patientId(), Outcome.DID_NOT_ATTEND, null));

        // A TUG of 400 seconds is out of range, and a measure for someone who did not come is refused: nothing is
        // written.
        assertThatThrownBy(() -> registers.save(sam, session.id(),
                new Registers.SaveRegister(null, lines, session.version(),
                        List.of(new Registers.MeasureEntry(a.patientId(), "TUG", new BigDecimal("400"))))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("measure-" + a.patientId()));
        assertThatThrownBy(() -> registers.save(sam, session.id(),
                new Registers.SaveRegister(null, lines, session.version(),
                        List.of(new Registers.MeasureEntry(b.patientId(), "TUG", new BigDecimal("14"))))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("measure-" + b.patientId()));
        assertThat(jdbc.sql("select count(*) from group_record where session_id = ?").param(session.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from measure_result where patient_id = ?").param(a.patientId())
                .query(Long.class).single()).isZero();

        registers.save(sam, session.id(), new Registers.SaveRegister(null, lines, session.version(),
                List.of(new Registers.MeasureEntry(a.patientId(), "TUG", new BigDecimal("14.2")))));
        var result = jdbc.sql(
                "select score, performer_id, effective_on, episode_id from measure_result where patient_id = ? and measure_key = 'TUG'")
                .param(a.patientId())
                .query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getObject(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4)))
                .single();
        assertThat((BigDecimal) result.get(0)).isEqualByComparingTo("14.2");
        assertThat(result.get(1)).isEqualTo(sam.staffId());
        assertThat(result.get(2)).isEqualTo(session.date());
        assertThat(result.get(3)).isEqualTo(a.id());
    }

    @Test
    void theDemoHasTwoRunningClassesWithHistoryAndAWaitingList() {
        CurrentUser pt = fixtures.user("pt.demo");
        var demo = classes.all(pt.organisationId()).stream().filter(c -> !c.name().startsWith("Test class")).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo).anySatisfy(c -> assertThat(c.waitingCount()).isPositive());
        assertThat(jdbc.sql("select count(*) from group_record").query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }
}
