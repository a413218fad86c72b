package org.therapyassist.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.discharge.Discharges;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.referrals.ReferralCommands.Decide;
import org.therapyassist.referrals.ReferralCommands.NewReferral;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class ReferralTriageDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralsOut out;
    @Autowired
    CarePlans carePlans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Discharges discharges;

    UUID newTeam(CurrentUser user) {
        UUID id = Ids.newId();
        jdbc.sql("insert into team (id, organisation_id, name, setting) values (?, ?, ?, 'COMMUNITY')")
                .params(id, user.organisationId(), "Test team " + id).update();
        return id;
    }

    NewReferral referral(UUID patientId, UUID team, Urgency urgency, LocalDate received) {
        return new NewReferral(patientId, team, SourceRole.NURSE, "Staff Nurse Ada Lowe", "Ward 12, Northgate General",
                "Deconditioned after pneumonia; mobilising with a frame and two staff", urgency, received);
    }

    static Decide accept(CurrentUser by) {
        return new Decide(Referral.Status.ACCEPTED, ConditionCategory.RESPIRATORY, CareSetting.COMMUNITY,
                "Patient's home",
                by.staffId(), null, null, null);
    }

    @Test
    void theQueueShowsUrgentFirstThenTheEarliestToRespondByWithOverdueFlagged() {
        // H41 against the database: what the team sees is in the same order as the rule.
        CurrentUser pt = fixtures.user("pt.demo");
        UUID team = newTeam(pt);
        UUID patient = fixtures.patientWithEpisode(pt).patientId();
        LocalDate today = fixtures.today();
        Referral oldRoutine = referrals.receive(pt, referral(patient, team, Urgency.ROUTINE, today.minusDays(60)));
        Referral soon = referrals.receive(pt, referral(patient, team, Urgency.SOON, today.minusDays(3)));
        Referral urgent = referrals.receive(pt, referral(patient, team, Urgency.URGENT, today));
        Referral urgentOverdue = referrals.receive(pt, referral(patient, team, Urgency.URGENT, today.minusDays(5)));
        List<Referral> queue = referrals.queue(pt, team, PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertThat(queue).extracting(Referral::id).containsExactly(urgentOverdue.id(), urgent.id(), soon.id(),
                oldRoutine.id());
        assertThat(queue).filteredOn(Referral::overdue).extracting(Referral::id)
                .containsExactlyInAnyOrder(urgentOverdue.id(), oldRoutine.id());
    }

    @Test
    void acceptingOpensAnEpisodeForTheTeamAndTheDecisionIsRecordedWithWhoAndWhen() {
        CurrentUser pt = fixtures.user("pt.demo");
        NewPatient newcomer = new NewPatient(Fixtures.nextNhsNumber(), "Iris", "Wendover", LocalDate.of(1938, 6, 2),
                "4 Mill Lane, Northgate", "NG2 4AB", null, List.of());
        Referral r = referrals.receiveForNewPatient(pt, newcomer,
                referral(UUID.randomUUID(), pt.teamId(), Urgency.SOON, fixtures.today()));
        assertThat(r.patientName()).isEqualTo("WENDOVER, Iris"); // written as every patient list writes it (H6)
        assertThat(r.respondBy()).isEqualTo(fixtures.today().plusDays(14));
        Referral decided = referrals.decide(pt, r.id(), accept(pt));
        assertThat(decided.status()).isEqualTo(Referral.Status.ACCEPTED);
        assertThat(decided.decision().decidedBy()).isEqualTo(pt.staffId());
        assertThat(decided.decision().decidedAt()).isNotNull();
        Episode episode = carePlans.require(pt.organisationId(), decided.decision().episodeId());
        assertThat(episode.patientId()).isEqualTo(r.patientId());
        assertThat(episode.teamId()).isEqualTo(pt.teamId());
        assertThat(episode.referralReason()).isEqualTo(r.reason());
        assertThat(referrals.queue(pt, pt.teamId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(Referral::id).doesNotContain(r.id());
    }

    @Test
    void aRejectionNeedsAReasonAndADecisionIsFinal() {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID patient = fixtures.patientWithEpisode(pt).patientId();
        Referral r = referrals.receive(pt, referral(patient, pt.teamId(), Urgency.ROUTINE, fixtures.today()));
        assertThatThrownBy(() -> referrals.decide(pt, r.id(),
                new Decide(Referral.Status.REJECTED, null, null, null, null, null, " ", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(referrals.require(pt.organisationId(), r.id()).status()).isEqualTo(Referral.Status.WAITING);
        referrals.decide(pt, r.id(), new Decide(Referral.Status.REJECTED, null, null, null, null, null,
                "Already under the community team for the same problem", null));
        assertThatThrownBy(() -> referrals.decide(pt, r.id(),
                new Decide(Referral.Status.SIGNPOSTED, null, null, null, null,
                        "Falls clinic", null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("referral.already-decided"));
        assertThat(jdbc.sql("select count(*) from referral_decision where referral_id = ?").param(r.id())
                .query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void twoPeopleTriagingTheSameReferralAtOnceGetOneDecisionAndTheOtherAConflict() throws Exception {
        // H44
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        for (int round = 0; round < 5; round++) {
            UUID patient = fixtures.patientWithEpisode(pt).patientId();
            Referral r = referrals.receive(pt, referral(patient, pt.teamId(), Urgency.URGENT, fixtures.today()));
            List<Outcome> outcomes = race(() -> referrals.decide(pt, r.id(), accept(pt)),
                    () -> referrals.decide(lead, r.id(), new Decide(Referral.Status.SIGNPOSTED, null, null, null, null,
                            "Falls prevention service", null, 0)));
            assertThat(outcomes).containsExactlyInAnyOrder(Outcome.WON, Outcome.CONFLICT);
            assertThat(jdbc.sql("select count(*) from referral_decision where referral_id = ?").param(r.id())
                    .query(Long.class).single())
                    .isEqualTo(1);
            Referral after = referrals.require(pt.organisationId(), r.id());
            assertThat(after.status()).isEqualTo(after.decision().outcome());
            long episodes = jdbc.sql("select count(*) from episode where patient_id = ?").param(patient)
                    .query(Long.class).single();
            assertThat(episodes).isEqualTo(after.status() == Referral.Status.ACCEPTED ? 2 : 1);
        }
    }

    @Test
    void aSupportWorkerCannotTriage() {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID patient = fixtures.patientWithEpisode(pt).patientId();
        Referral r = referrals.receive(pt, referral(patient, pt.teamId(), Urgency.ROUTINE, fixtures.today()));
        assertThatThrownBy(() -> referrals.decide(fixtures.user("sw.demo"), r.id(), accept(pt)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aReferralToAnotherTeamLandsInItsQueueAndFollowsItsDecision() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser ot = fixtures.user("ot.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        ReferralOut sent = out.send(pt,
                new ReferralCommands.NewReferralOut(episode.patientId(), episode.id(), ot.teamId(), null,
                        Urgency.SOON, "Home assessment before discharge: stairs and bathing",
                        "Summary of ward progress, TUG 16 s"));
        assertThat(sent.internal()).isTrue();
        assertThat(sent.status()).isEqualTo(ReferralOut.Status.SENT);
        assertThat(referrals.queue(ot, ot.teamId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(Referral::id).contains(sent.linkedReferralId());
        referrals.decide(ot, sent.linkedReferralId(), accept(ot));
        assertThat(out.require(pt.organisationId(), sent.id()).status()).isEqualTo(ReferralOut.Status.ACCEPTED);

        ReferralOut external = out.send(pt, new ReferralCommands.NewReferralOut(episode.patientId(), null, null,
                "Wheelchair service, Northgate", Urgency.ROUTINE, "Self-propelling wheelchair for outdoors",
                "Seating measurements"));
        assertThat(external.toName()).isEqualTo("Wheelchair service, Northgate");
        ReferralOut acked = out.recordResponse(pt, external.id(),
                new ReferralCommands.OutResponse(ReferralOut.Status.ACKNOWLEDGED, "Letter received", null));
        ReferralOut done = out.recordResponse(pt, external.id(),
                new ReferralCommands.OutResponse(ReferralOut.Status.ACCEPTED, "Appointment 3 Dec", acked.version()));
        assertThat(done.updates()).extracting(ReferralOut.Update::status)
                .containsExactly(ReferralOut.Status.SENT, ReferralOut.Status.ACKNOWLEDGED, ReferralOut.Status.ACCEPTED);
        assertThatThrownBy(() -> out.recordResponse(pt, external.id(),
                new ReferralCommands.OutResponse(ReferralOut.Status.DECLINED, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> out.recordResponse(pt, sent.id(),
                new ReferralCommands.OutResponse(ReferralOut.Status.DECLINED, null, null)))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void theDemoServiceHasMixedReferralsWaitingOneOverdueAndADischargedPatientWithALetter() {
        CurrentUser pt = fixtures.user("pt.demo");
        List<Referral> wardQueue = referrals.queue(pt, pt.teamId(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertThat(wardQueue).extracting(Referral::urgency).contains(Urgency.URGENT, Urgency.SOON, Urgency.ROUTINE);
        assertThat(wardQueue).anyMatch(Referral::overdue);
        UUID signed = jdbc.sql("select d.id from discharge_summary d join staff_member s on s.id = d.signed_by "
                + "where d.status = 'SIGNED' and s.username = 'ot.demo'").query(UUID.class).list().getFirst();
        var summary = discharges.open(fixtures.user("ot.demo"), signed);
        assertThat(summary.equipment()).isNotEmpty().allSatisfy(e -> assertThat(e.plan()).isNotNull());
        assertThat(summary.discussions()).hasSize(2);
        assertThat(discharges.letter(fixtures.user("ot.demo"), signed, Languages.ENGLISH)).isNotEmpty();
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
