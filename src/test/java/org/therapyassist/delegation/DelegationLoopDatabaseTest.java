package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.sessions.GoalProgress;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class DelegationLoopDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    MyDay myDay;
    @Autowired
    SessionRecords records;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWholeLoopFromDelegationToCountersignature() {
        CurrentUser pt = fixtures.user("pt.demo");
        // A band 2 worker (records need countersigning) with the programme (3.01) and chair-stand (3.07) sign-offs in
        // date.
        CurrentUser hca = fixtures.newSupportWorker(2, "3.01", "3.07");
        Episode episode = fixtures.patientWithEpisode(pt);

        DelegationView offered = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        assertThat(offered.status()).isEqualTo("OFFERED");
        assertThat(offered.evidence()).extracting(DelegationView.Evidence::competencyCode).containsExactly("3.01");
        assertThat(myDay.of(hca).toAnswer()).extracting(DelegationView::id).contains(offered.id());

        desk.accept(hca, offered.id());
        assertThat(myDay.of(hca).due()).extracting(DelegationView::id).contains(offered.id());

        SessionRecordView draft = records.record(hca, new NewSessionRecord(offered.id(), fixtures.today(),
                List.of(new NewSessionRecord.Activity("Sit to stand", 3, 8)), "Tolerated well", 3, 2, null, 9,
                List.of(new NewSessionRecord.GoalUpdate(episode.goals().getFirst().id(),
                        GoalProgress.PROGRESSING, null)),
                "Keen", "Dizzy on standing the third time; sat down, settled. Please advise."));
        assertThat(draft.status()).isEqualTo("DRAFT");
        // Saved but unsigned: waiting for the worker's signature, not yet done.
        assertThat(myDay.of(hca).awaitingSignature()).extracting(MyDay.WaitingForSignature::sessionRecordId)
                .contains(draft.id());
        assertThat(myDay.of(hca).doneToday()).extracting(DelegationView::id).doesNotContain(offered.id());
        // The escalation is in the delegator's inbox at once, before the record is even signed.
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).escalations().items())
                .anySatisfy(e -> assertThat(e.delegationId()).isEqualTo(offered.id()));

        SessionRecordView signed = records.sign(hca, draft.id());
        assertThat(signed.awaitingCountersign()).isTrue();
        assertThat(myDay.of(hca).doneToday()).extracting(DelegationView::id).contains(offered.id());
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).awaitingCountersign().items())
                .extracting(SessionRecordView::id).contains(signed.id());

        SessionRecordView countersigned = records.countersign(pt, signed.id(), "Reviewed; continue.");
        assertThat(countersigned.countersignature().byName()).isEqualTo("Priya Raman");
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).awaitingCountersign().items())
                .extracting(SessionRecordView::id).doesNotContain(signed.id());
    }

    @Test
    void refusesDelegationWhenCompetencyExpiredAndNamesColleaguesWhoAreCompetent() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        // sw.demo's hoist sign-off (3.06) expired; megan.ap's is in date.
        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER",
                        fixtures.user("sw.demo").staffId())))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("delegation.competency-expired");
                    @SuppressWarnings("unchecked")
                    var colleagues = (List<CompetentColleague>) e.details().get("competentColleagues");
                    assertThat(colleagues).extracting(CompetentColleague::name).contains("Megan Price")
                            .doesNotContain("Sam Whitaker");
                });
        assertThat(jdbc.sql("select count(*) from delegation where patient_id = ?").param(episode.patientId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesDelegationToAWorkerWithoutTheCompetencyAtAll() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER",
                        fixtures.user("hca.demo").staffId())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation.not-competent"));
    }

    @Test
    void refusesStairPracticeForABand2SupportWorker() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "STAIR_PRACTICE",
                        fixtures.user("hca.demo").staffId())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation.stage-too-low"));
    }

    @Test
    void refusesDelegationWithoutConsent() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId(), null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation.no-consent"));
    }

    @Test
    void refusesDelegationByASupportWorker() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        CurrentUser sw = fixtures.user("sw.demo");
        assertThatThrownBy(() -> desk.delegate(sw,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId())))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation.delegator-not-registered"));
    }

    @Test
    void aDeclineGoesBackToTheDelegatorsInboxWithItsReason() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.decline(hca, d.id(), DeclineReason.NOT_CONFIDENT, "Not done this with a new stroke before");
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).declined().items()).anySatisfy(x -> {
            assertThat(x.id()).isEqualTo(d.id());
            assertThat(x.declineReason()).isEqualTo("NOT_CONFIDENT");
        });
        desk.acknowledgeDecline(pt, d.id());
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).declined().items())
                .extracting(DelegationView::id).doesNotContain(d.id());
    }

    @Test
    void twoAcceptsAtOnceExactlyOneWinsAndTheOtherGetsAConflict() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        List<Outcome> outcomes = race(() -> desk.accept(hca, d.id()), () -> desk.accept(hca, d.id()));
        assertThat(outcomes).filteredOn(o -> o == Outcome.WON).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o == Outcome.CONFLICT).hasSize(1);
    }

    @Test
    void acceptRacingCancelLeavesOneConsistentOutcome() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        List<Outcome> outcomes = race(() -> desk.accept(hca, d.id()),
                () -> desk.cancel(pt, d.id(), "Patient transferred"));
        String status = jdbc.sql("select status from delegation where id = ?").param(d.id()).query(String.class)
                .single();
        // When the two overlap, one wins and the other gets 409. When the accept happens to finish first, cancelling an
        // accepted delegation is allowed, so both succeed and it ends cancelled. A cancel can never be undone by an
        // accept.
        if (outcomes.contains(Outcome.CONFLICT)) {
            assertThat(outcomes).containsExactlyInAnyOrder(Outcome.WON, Outcome.CONFLICT);
            assertThat(status).isIn("ACCEPTED", "CANCELLED");
        } else {
            assertThat(status).isEqualTo("CANCELLED");
        }
    }

    enum Outcome { WON, CONFLICT }

    private static List<Outcome> race(Callable<?> a, Callable<?> b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Outcome>> futures = List.of(pool.submit(attempt(a, start)), pool.submit(attempt(b, start)));
            start.countDown();
            return List.of(futures.get(0).get(), futures.get(1).get());
        }
    }

    private static Callable<Outcome> attempt(Callable<?> work, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                work.call();
                return Outcome.WON;
            } catch (ConflictException e) {
                return Outcome.CONFLICT;
            }
        };
    }
}
