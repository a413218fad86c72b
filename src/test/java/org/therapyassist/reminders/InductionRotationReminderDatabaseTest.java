package org.therapyassist.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.induction.CareCertificateAssessors;
import org.therapyassist.induction.Induction;
import org.therapyassist.induction.InductionRules.ItemKind;
import org.therapyassist.induction.Rotation;
import org.therapyassist.induction.Rotations;
import org.therapyassist.induction.StandardSet;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class InductionRotationReminderDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Induction induction;
    @Autowired
    CareCertificateAssessors assessors;
    @Autowired
    Rotations rotations;
    @Autowired
    Reminders reminders;
    @Autowired
    DailyReminderJob job;
    @Autowired
    StaffDirectory directory;

    /** A new band 2 support worker in the given user's team, so each test has its own new starter. */
    UUID newStarter(CurrentUser colleague, String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) values (?, ?, ?, ?, 'x', ?, 'Tester', 'SUPPORT_WORKER', 2, true)")
                .params(id, colleague.organisationId(), colleague.teamId(), "test." + id, given).update();
        return id;
    }

    @Test
    void aLeadPlansAnInductionAndOnlyRegistrantsOrNamedAssessorsSignOffCareCertificateStandards() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser megan = fixtures.user("megan.ap");
        CurrentUser chloe = fixtures.user("chloe.sw");
        UUID starter = newStarter(lead, "Ivy");
        assertThatThrownBy(() -> induction.createPlan(chloe, starter, fixtures.today()))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("induction.lead-only"));

        induction.createPlan(lead, starter, fixtures.today().minusWeeks(2));
        assertThatThrownBy(() -> induction.createPlan(lead, starter, fixtures.today()))
                .isInstanceOf(ConflictException.class);
        Induction.Plan plan = induction.planOf(lead.organisationId(), starter).orElseThrow();
        assertThat(plan.standardSet()).isEqualTo(StandardSet.CC2025);
        assertThat(plan.items()).filteredOn(i -> i.kind() == ItemKind.CARE_CERTIFICATE).hasSize(16);
        assertThat(plan.items()).filteredOn(i -> i.kind() == ItemKind.LOCAL)
                .hasSize(Induction.DEFAULT_LOCAL_ITEMS.size());
        assertThat(plan.progress().done()).isZero();

        Induction.Item standard = plan.items().getFirst();
        assertThatThrownBy(() -> induction.signOff(chloe, standard.id(), null))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("induction.not-an-assessor"));
        induction.signOff(megan, standard.id(), "Observed introducing herself and her role to patients");
        assertThatThrownBy(() -> induction.signOff(lead, standard.id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("induction.already-signed-off"));
        induction.addLocalItem(lead, starter, "Hoist and sling checks on Ward 7");

        Induction.Plan after = induction.planOf(lead.organisationId(), starter).orElseThrow();
        assertThat(after.progress().done()).isEqualTo(1);
        assertThat(after.progress().total()).isEqualTo(22);
        assertThat(after.items().getFirst().signedOffByName()).isEqualTo("Megan Price");
        assertThat(induction.overview(lead.organisationId(), fixtures.today()))
                .anySatisfy(s -> assertThat(s.staffId()).isEqualTo(starter));
    }

    @Test
    void aNewStarterCannotSignOffTheirOwnInductionEvenWhenNamedAsAssessor() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        induction.createPlan(lead, sam.staffId(), fixtures.today());
        assessors.nameAssessor(lead, sam.staffId());
        assertThatThrownBy(() -> assessors.nameAssessor(lead, sam.staffId())).isInstanceOf(ConflictException.class);
        UUID own = induction.planOf(sam.organisationId(), sam.staffId()).orElseThrow().items().getFirst().id();
        assertThatThrownBy(() -> induction.signOff(sam, own, null))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("induction.own-item"));
        assessors.removeAssessor(lead, sam.staffId());
        assertThat(assessors.isNamedAssessor(sam.organisationId(), sam.staffId())).isFalse();
    }

    @Test
    void theServiceChoosesTheStandardSetForNewPlans() {
        CurrentUser lead = fixtures.user("lead.demo");
        try {
            induction.chooseStandardSet(lead, StandardSet.CC2015);
            UUID starter = newStarter(lead, "Olu");
            induction.createPlan(lead, starter, fixtures.today());
            Induction.Plan plan = induction.planOf(lead.organisationId(), starter).orElseThrow();
            assertThat(plan.standardSet()).isEqualTo(StandardSet.CC2015);
            assertThat(plan.items()).filteredOn(i -> i.kind() == ItemKind.CARE_CERTIFICATE).hasSize(15);
            assertThatThrownBy(() -> induction.chooseStandardSet(fixtures.user("hca.demo"), StandardSet.CC2025))
                    .isInstanceOf(NotAllowedException.class);
        } finally {
            induction.chooseStandardSet(lead, StandardSet.CC2025);
        }
    }

    @Test
    void aPlacementStartsOnlyWithACompleteHandoverAndThenMovesThePersonToTheReceivingTeam() {
        CurrentUser lead = fixtures.user("lead.demo");
        UUID mover = newStarter(lead, "Rory");
        Team msk = directory.teams(lead.organisationId()).stream().filter(t -> t.name().equals("MSK outpatients"))
                .findFirst().orElseThrow();
        assertThat(rotations.isRotational(lead.organisationId(), mover)).isFalse();
        UUID id = rotations.plan(lead, new Rotations.NewRotation(mover, msk.id(), fixtures.today(), null));
        assertThat(rotations
                .arrivals(lead.organisationId(), msk.id(), fixtures.today(), PageRequest.first(PageRequest.MAX_SIZE))
                .items())
                .anySatisfy(a -> assertThat(a.rotation().id()).isEqualTo(id));

        assertThatThrownBy(() -> rotations.start(lead, id))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("rotation.handover-incomplete"));
        Rotation planned = rotations.require(lead.organisationId(), id);
        planned.handover().forEach(h -> rotations.tick(lead, id, h.id()));
        assertThatThrownBy(() -> rotations.tick(lead, id, planned.handover().getFirst().id()))
                .isInstanceOf(ConflictException.class);
        rotations.start(lead, id);
        assertThatThrownBy(() -> rotations.start(lead, id)).isInstanceOf(ConflictException.class);

        assertThat(directory.require(lead.organisationId(), mover).teamId()).isEqualTo(msk.id());
        Rotations.Placement placement = rotations.placementOf(lead.organisationId(), mover);
        assertThat(placement.rotational()).isTrue();
        assertThat(placement.pattern()).isEqualTo("Rotational");
        assertThat(placement.current().id()).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'workforce.rotation-started'")
                .query(Long.class).single())
                .isPositive();
    }

    @Test
    void theReceivingLeadSeesArrivalsWithCompetenciesInDateExpiringOrExpired() {
        CurrentUser lead = fixtures.user("lead.demo");
        List<Rotations.Arrival> arrivals = rotations.arrivals(lead.organisationId(), lead.teamId(), fixtures.today(),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        Rotations.Arrival ben = arrivals.stream().filter(a -> a.rotation().staffName().equals("Ben Hughes")).findFirst()
                .orElseThrow();
        assertThat(ben.rotation().ticked()).isEqualTo(2);
        assertThat(ben.competencies()).isNotEmpty().allSatisfy(c -> assertThat(c.standing()).isNotNull());
        assertThat(rotations.placementOf(lead.organisationId(), fixtures.user("tom.ap").staffId()))
                .satisfies(p -> {
                    assertThat(p.teamName()).isEqualTo("MSK outpatients");
                    assertThat(p.next()).isNotNull();
                });
    }

    @Test
    void runningTheReminderJobTwiceForTheSameDayWritesEachReminderOnce() {
        LocalDate day = fixtures.today().plusDays(45);
        reminders.writeFor(day);
        long before = jdbc.sql("select count(*) from reminder").query(Long.class).single();
        assertThat(reminders.writeFor(day)).isZero();
        assertThat(jdbc.sql("select count(*) from reminder").query(Long.class).single()).isEqualTo(before);
        // Each reminder reaches the person and their team lead, once each.
        assertThat(jdbc.sql("select count(*) from (select recipient_id, kind, subject_ref from reminder "
                + "group by recipient_id, kind, subject_ref having count(*) > 1) d").query(Long.class).single())
                .isZero();
        CurrentUser sam = fixtures.user("sw.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        assertThat(open(sam))
                .anySatisfy(r -> assertThat(r.kind()).isEqualTo("COMPETENCY_EXPIRED"));
        assertThat(open(lead))
                .anySatisfy(r -> assertThat(r.aboutName()).isEqualTo("Sam Whitaker"))
                .anySatisfy(r -> assertThat(r.kind()).isEqualTo("INDUCTION_BEHIND"));
    }

    @Test
    void twoNodesFiringAtOnceRunTheJobOnceUnderTheSharedLock() throws Exception {
        LocalDate day = fixtures.today().plusDays(70);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return job.runLocked(day);
                }));
            }
            go.countDown();
            long ran = 0;
            for (Future<Optional<Integer>> run : runs) {
                ran += run.get().isPresent() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'daily-reminders'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheRecipientDismissesAReminderAndOnlyOnce() {
        CurrentUser hannah = fixtures.user("hca.demo");
        CurrentUser chloe = fixtures.user("chloe.sw");
        Reminders.Reminder reminder = open(hannah).getFirst();
        assertThatThrownBy(() -> reminders.dismiss(chloe, reminder.id())).isInstanceOf(NotFoundException.class);
        reminders.dismiss(hannah, reminder.id());
        assertThatThrownBy(() -> reminders.dismiss(hannah, reminder.id())).isInstanceOf(ConflictException.class);
        assertThat(open(hannah)).extracting(Reminders.Reminder::id)
                .doesNotContain(reminder.id());
        reminders.writeFor(fixtures.today());
        assertThat(open(hannah)).extracting(Reminders.Reminder::id)
                .doesNotContain(reminder.id());
    }

    private List<Reminders.Reminder> open(CurrentUser user) {
        return reminders.openFor(user.organisationId(), user.staffId(), null, PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }
}
