package org.therapyassist.lonework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.lonework.VisitFacts.HomeVisit;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Lone working on the database, as separate "nodes": each {@link Node} is the module built afresh over the same
 * database (what a second instance, or the same one after a restart, would have), with the visits it is told of. The
 * job is run as of a later instant instead of waiting for the clock.
 */
@IntegrationTest
class LoneWorkDatabaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    StaffDirectory staff;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LoneWorkJob scheduledJob;

    final Map<UUID, HomeVisit> visits = new HashMap<>();

    /** The module as one app instance builds it; nothing is shared between nodes but the database. */
    final class Node {
        final Clock clock;
        final TransactionTemplate tx = new TransactionTemplate(transactions);
        final LoneWorkerAlerts alerts;
        final CheckIns checkIns;
        final LoneWorkJob job;

        Node(Clock clock) {
            this.clock = clock;
            AlertRows alertRows = new AlertRows(jdbc);
            CheckInRows checkInRows = new CheckInRows(jdbc);
            alerts = new LoneWorkerAlerts(alertRows, new Recipients(staff), staff, audit, clock);
            checkIns = new CheckIns((org, id) -> Optional.ofNullable(visits.get(id)),
                    new Buddies(jdbc, staff, audit, clock), checkInRows, alertRows, alerts, audit, clock);
            job = new LoneWorkJob(checkInRows, alertRows, alerts, LoneWorkProperties.defaults(), transactions);
        }

        <T> T inTx(Supplier<T> work) {
            return tx.execute(s -> work.get());
        }
    }

    Node node() {
        return new Node(Clock.systemUTC());
    }

    /** A published visit today from start to end (London time), to these workers, published by the lead. */
    HomeVisit visitToday(LocalTime start, LocalTime end, CurrentUser publishedBy, CurrentUser... workers) {
        UUID id = Ids.newId();
        HomeVisit visit = new HomeVisit(id, publishedBy.organisationId(), publishedBy.teamId(),
                Time.today(Clock.systemUTC()), null, "Transfer practice",
                Arrays.stream(workers).map(CurrentUser::staffId).toList(), start, end, "12 Acacia Road",
                "CF10 1AA", publishedBy.staffId());
        visits.put(id, visit);
        return visit;
    }

    /**
     * A visit that began a few minutes ago and ends a little later: a worker arriving now is expected out at its end.
     */
    HomeVisit visitNow(CurrentUser publishedBy, CurrentUser... workers) {
        LocalTime now = LocalTime.now(Clock.system(Time.LONDON)).withSecond(0).withNano(0);
        LocalTime start = now.isBefore(LocalTime.of(0, 5)) ? LocalTime.MIDNIGHT : now.minusMinutes(5);
        LocalTime end = now.isAfter(LocalTime.of(23, 0)) ? LocalTime.of(23, 59) : now.plusMinutes(30);
        return visitToday(start, end, publishedBy, workers);
    }

    List<Map<String, Object>> alertsOf(UUID visitId) {
        return jdbc.sql("select a.id, a.kind, a.alert_level, a.acknowledged_at from lone_worker_alert a "
                + "join lone_work_check_in c on c.id = a.check_in_id where c.visit_id = ? order by a.raised_at")
                .param(visitId).query().listOfRows();
    }

    List<UUID> recipientsOf(Object alertId) {
        return jdbc.sql("select staff_id from lone_worker_alert_recipient where alert_id = ?").param(alertId)
                .query(UUID.class).list();
    }

    @Test
    void arrivingTwiceMakesOneCheckInAndLeavingBeforeArrivingIsRefused() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        Node node = node();
        HomeVisit visit = visitNow(lead, hannah);

        assertThatThrownBy(() -> node.inTx(() -> node.checkIns.left(hannah, visit.visitId())))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("lonework.not-arrived");
        VisitCheck first = node.inTx(() -> node.checkIns.arrived(hannah, visit.visitId()));
        VisitCheck second = node.inTx(() -> node.checkIns.arrived(hannah, visit.visitId()));

        assertThat(second.arrivedAt()).isEqualTo(first.arrivedAt());
        assertThat(first.state()).isEqualTo(VisitCheck.State.ON_VISIT);
        assertThat(jdbc.sql("select count(*) from lone_work_check_in where visit_id = ?").param(visit.visitId())
                .query(Long.class).single()).isOne();
        VisitCheck left = node.inTx(() -> node.checkIns.left(hannah, visit.visitId()));
        VisitCheck leftAgain = node.inTx(() -> node.checkIns.left(hannah, visit.visitId()));
        assertThat(leftAgain.leftAt()).isEqualTo(left.leftAt());
        assertThat(left.state()).isEqualTo(VisitCheck.State.LEFT);
    }

    @Test
    void eachWorkerOfADoubleUpChecksInForThemselvesAndNobodyElseCan() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        CurrentUser chloe = fixtures.user("chloe.sw");
        Node node = node();
        HomeVisit visit = visitNow(lead, hannah, sam);

        node.inTx(() -> node.checkIns.arrived(hannah, visit.visitId()));
        assertThat(node.checkIns.check(sam, visit.visitId()).state()).isEqualTo(VisitCheck.State.NOT_ARRIVED);
        node.inTx(() -> node.checkIns.arrived(sam, visit.visitId()));
        node.inTx(() -> node.checkIns.left(hannah, visit.visitId()));
        assertThat(node.checkIns.check(sam, visit.visitId()).state()).isEqualTo(VisitCheck.State.ON_VISIT);
        assertThatThrownBy(() -> node.inTx(() -> node.checkIns.arrived(chloe, visit.visitId())))
                .isInstanceOf(NotAllowedException.class).extracting("code").isEqualTo("lonework.not-your-visit");
    }

    @Test
    void aVisitOnAnotherDayCannotBeCheckedInto() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        Node node = node();
        HomeVisit today = visitNow(lead, hannah);
        HomeVisit tomorrow = new HomeVisit(Ids.newId(), today.organisationId(), today.teamId(), today.day().plusDays(1),
                null, "Transfer practice", today.workerIds(), today.start(), today.end(), today.address(),
                today.postcode(), today.publishedBy());
        visits.put(tomorrow.visitId(), tomorrow);
        assertThatThrownBy(() -> node.inTx(() -> node.checkIns.arrived(hannah, tomorrow.visitId())))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("lonework.not-today");
    }

    @Test
    void h103_aMissedCheckOutIsRaisedByTheJobEvenAfterARestart() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        HomeVisit visit = visitNow(lead, hannah);
        Node before = node();
        VisitCheck arrived = before.inTx(() -> before.checkIns.arrived(hannah, visit.visitId()));

        // Within the grace nothing is raised.
        Node restarted = node();
        restarted.job.runAt(arrived.expectedOutAt().plus(Duration.ofMinutes(14)));
        assertThat(alertsOf(visit.visitId())).isEmpty();

        // The node that saw the arrival is gone; a fresh one finds the overdue check-in in the rows.
        restarted.job.runAt(arrived.expectedOutAt().plus(Duration.ofMinutes(16)));
        List<Map<String, Object>> raised = alertsOf(visit.visitId());
        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().get("kind")).isEqualTo("MISSED_CHECK_OUT");
        assertThat(((Number) raised.getFirst().get("alert_level")).intValue()).isEqualTo(1);
        assertThat(recipientsOf(raised.getFirst().get("id"))).containsExactly(lead.staffId());

        // And after another restart it is still there for the lead, open, until acknowledged.
        Node again = node();
        assertThat(again.alerts.openFor(lead, PageRequest.first(200)).items())
                .anySatisfy(a -> assertThat(a.visitId()).isEqualTo(visit.visitId()));
        again.job.runAt(arrived.expectedOutAt().plus(Duration.ofMinutes(17)));
        assertThat(alertsOf(visit.visitId())).hasSize(1);
    }

    @Test
    void h104_theJobRaisesOnceAcrossTwoInstancesRunningAtOnce() throws Exception {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        List<HomeVisit> overdue = new ArrayList<>();
        Node arriving = node();
        for (int i = 0; i < 5; i++) {
            HomeVisit visit = visitNow(lead, hannah, sam);
            arriving.inTx(() -> arriving.checkIns.arrived(hannah, visit.visitId()));
            arriving.inTx(() -> arriving.checkIns.arrived(sam, visit.visitId()));
            overdue.add(visit);
        }
        // Well past every expected time out (a worker arriving after the start keeps the visit's length).
        Instant later = Instant.now().plus(Duration.ofHours(2));

        Node one = node();
        Node two = node();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<LoneWorkJob.Run> a = pool.submit(() -> {
                start.await();
                return one.job.runAt(later);
            });
            Future<LoneWorkJob.Run> b = pool.submit(() -> {
                start.await();
                return two.job.runAt(later);
            });
            start.countDown();
            LoneWorkJob.Run ra = a.get();
            LoneWorkJob.Run rb = b.get();
            assertThat(ra.raised() + rb.raised()).as("raised by the two runs together: %s and %s", ra, rb)
                    .isGreaterThanOrEqualTo(10);
        }
        for (HomeVisit visit : overdue) {
            List<Map<String, Object>> raised = alertsOf(visit.visitId());
            assertThat(raised).as("one alert per worker on the visit").hasSize(2);
            raised.forEach(r -> assertThat(recipientsOf(r.get("id"))).containsExactly(lead.staffId()));
        }
        assertThat(jdbc
                .sql("select count(*) from audit_event where action = 'lonework.missed-check-out' and entity_id in "
                        + "(select a.id from lone_worker_alert a join lone_work_check_in c on c.id = a.check_in_id "
                        + "where c.visit_id in (:visits))")
                .param("visits", overdue.stream().map(HomeVisit::visitId).toList()).query(Long.class).single())
                .isEqualTo(10);
    }

    @Test
    void twoNodesFiringAtOnceRunTheWatchOnceUnderTheSharedLock() throws Exception {
        Instant now = Instant.now();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Optional<LoneWorkJob.Run>> a = pool.submit(() -> {
                start.await();
                return scheduledJob.runLocked(now);
            });
            Future<Optional<LoneWorkJob.Run>> b = pool.submit(() -> {
                start.await();
                return scheduledJob.runLocked(now);
            });
            start.countDown();
            assertThat(List.of(a.get(), b.get())).filteredOn(Optional::isPresent).hasSize(1);
        }
    }

    @Test
    void h105_anAlertNobodyAcknowledgesGoesToTheTeamsLeadsOnceAndAnAcknowledgedOneDoesNot() {
        CurrentUser publisher = fixtures.user("pt.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        Node node = node();
        HomeVisit unanswered = visitNow(publisher, hannah);
        HomeVisit answered = visitNow(publisher, fixtures.user("sw.demo"));
        VisitCheck arrived = node.inTx(() -> node.checkIns.arrived(hannah, unanswered.visitId()));
        node.inTx(() -> node.checkIns.arrived(fixtures.user("sw.demo"), answered.visitId()));
        Instant raisedAt = arrived.expectedOutAt().plus(Duration.ofMinutes(16));
        node.job.runAt(raisedAt);
        Object answeredId = alertsOf(answered.visitId()).getFirst().get("id");
        node.inTx(() -> node.alerts.acknowledge(publisher, (UUID) answeredId));

        node.job.runAt(raisedAt.plus(Duration.ofMinutes(9)));
        assertThat(((Number) alertsOf(unanswered.visitId()).getFirst().get("alert_level")).intValue()).isEqualTo(1);
        node().job.runAt(raisedAt.plus(Duration.ofMinutes(11)));
        node().job.runAt(raisedAt.plus(Duration.ofMinutes(12)));

        Map<String, Object> escalated = alertsOf(unanswered.visitId()).getFirst();
        assertThat(((Number) escalated.get("alert_level")).intValue()).isEqualTo(2);
        assertThat(recipientsOf(escalated.get("id"))).contains(publisher.staffId(), lead.staffId());
        assertThat(
                jdbc.sql("select count(*) from audit_event where action = 'lonework.alert-escalated' and entity_id = ?")
                        .param(escalated.get("id")).query(Long.class).single())
                .isOne();
        assertThat(((Number) alertsOf(answered.visitId()).getFirst().get("alert_level")).intValue()).isEqualTo(1);
        assertThat(node.alerts.openFor(lead, PageRequest.first(200)).items())
                .anySatisfy(a -> assertThat(a.visitId()).isEqualTo(unanswered.visitId()))
                .noneSatisfy(a -> assertThat(a.visitId()).isEqualTo(answered.visitId()));
    }

    @Test
    void h106_helpAlertsThePublisherAndTheLeadsAtOnceWithTheAddressNameAndPhone() {
        CurrentUser publisher = fixtures.user("pt.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        Node node = node();
        HomeVisit visit = visitNow(publisher, hannah);

        // Pressed before Arrived: the arrival is recorded too, so the visit is watched.
        LoneWorkerAlert help = node.inTx(() -> node.checkIns.needHelp(hannah, visit.visitId()));
        LoneWorkerAlert again = node.inTx(() -> node.checkIns.needHelp(hannah, visit.visitId()));

        assertThat(again.id()).isEqualTo(help.id());
        assertThat(help.kind()).isEqualTo(AlertKind.HELP);
        assertThat(help.level()).isEqualTo(2);
        assertThat(help.address()).isEqualTo("12 Acacia Road");
        assertThat(help.postcode()).isEqualTo("CF10 1AA");
        assertThat(help.workerName()).isEqualTo("Hannah Caldwell");
        assertThat(node.checkIns.check(hannah, visit.visitId()).state()).isEqualTo(VisitCheck.State.ON_VISIT);
        assertThat(node.checkIns.check(hannah, visit.visitId()).helpOpen()).isTrue();
        assertThat(recipientsOf(help.id())).contains(publisher.staffId(), lead.staffId())
                .doesNotContain(hannah.staffId());
        assertThat(node.alerts.openFor(lead, PageRequest.first(1)).items().getFirst().kind()).isEqualTo(AlertKind.HELP);

        // Once acknowledged, a new press is a new alert.
        node.inTx(() -> node.alerts.acknowledge(lead, help.id()));
        LoneWorkerAlert second = node.inTx(() -> node.checkIns.needHelp(hannah, visit.visitId()));
        assertThat(second.id()).isNotEqualTo(help.id());
    }

    @Test
    void h107_onlyRecipientsAndTeamLeadsReadOrAcknowledgeAnAlertAndTheWorkerCannotAcknowledgeTheirOwn() {
        CurrentUser publisher = fixtures.user("pt.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser hannah = fixtures.user("hca.demo");
        CurrentUser stranger = fixtures.user("chloe.sw");
        Node node = node();
        HomeVisit visit = visitNow(publisher, hannah);
        LoneWorkerAlert help = node.inTx(() -> node.checkIns.needHelp(hannah, visit.visitId()));

        assertThatThrownBy(() -> node.alerts.get(stranger, help.id())).isInstanceOf(NotAllowedException.class)
                .extracting("code").isEqualTo("lonework.not-addressed");
        assertThatThrownBy(() -> node.inTx(() -> node.alerts.acknowledge(hannah, help.id())))
                .isInstanceOf(NotAllowedException.class).extracting("code").isEqualTo("lonework.own-alert");
        assertThat(node.alerts.openCount(publisher)).isPositive();

        LoneWorkerAlert acknowledged = node.inTx(() -> node.alerts.acknowledge(publisher, help.id()));
        LoneWorkerAlert twice = node.inTx(() -> node.alerts.acknowledge(lead, help.id()));
        assertThat(acknowledged.acknowledgedByName()).isEqualTo("Priya Raman");
        assertThat(twice.acknowledgedByName()).isEqualTo("Priya Raman");
        assertThat(twice.acknowledgedAt()).isEqualTo(acknowledged.acknowledgedAt());
        assertThat(node.alerts.openFor(lead, PageRequest.first(200)).items())
                .noneSatisfy(a -> assertThat(a.id()).isEqualTo(help.id()));
        assertThat(jdbc
                .sql("select count(*) from audit_event where action = 'lonework.alert-acknowledged' and entity_id = ?")
                .param(help.id()).query(Long.class).single()).isOne();
    }
}
