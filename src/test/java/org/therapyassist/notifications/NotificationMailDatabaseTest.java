package org.therapyassist.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.LanguagePreferences;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.sessions.EscalationRaised;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * E-mails through a real SMTP server (GreenMail on a free port): the module's outbox job is built here with an SMTP
 * sender pointed at it, as a deployment with spring.mail.host would have it. Each e-mail is checked against the
 * patient's details and the words the clinicians typed (H109).
 */
@IntegrationTest
class NotificationMailDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    Escalations escalations;
    @Autowired
    Referrals referrals;
    @Autowired
    PatientRecords patients;
    @Autowired
    NotificationSettings settings;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    LanguagePreferences languages;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    GreenMail smtp;
    NotificationJob job;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        job = jobSendingThrough(new SmtpNotices(mailSender(smtp.getSmtp().getPort()),
                "Therapy Assist <no-reply@therapy-assist.example>"));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void anEscalationReachesTheTherapistWhoChoseItOnceWithNoPatientDetailsAndNobodyWhoOptedOut() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser fiona = fixtures.user("fiona.ot");
        String ptAddress = address("priya");
        String fionaAddress = address("fiona");
        settings.change(pt, new NotificationSettings.Change(ptAddress, true, true));
        settings.change(fiona, new NotificationSettings.Change(fionaAddress, false, true));
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01", "3.07");

        Episode ptEpisode = fixtures.patientWithEpisode(pt);
        DelegationView ptTask = desk.delegate(pt, fixtures.delegation(ptEpisode.patientId(), ptEpisode.id(),
                "EXERCISE_PROGRAMME", worker.staffId()));
        String concern = "Breathless on the stairs at Flat 9 " + UUID.randomUUID();
        var raised = escalations.raise(worker, ptTask.id(), concern);
        Episode fionaEpisode = fixtures.patientWithEpisode(fiona);
        DelegationView fionaTask = desk.delegate(fiona, fixtures.delegation(fionaEpisode.patientId(),
                fionaEpisode.id(), "EXERCISE_PROGRAMME", worker.staffId()));
        escalations.raise(worker, fionaTask.id(), "Dizzy again " + UUID.randomUUID());
        // The same event delivered a second time (as after a restart with the publication incomplete) sends nothing.
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new EscalationRaised(pt.organisationId(), raised.id(), worker.staffId(), pt.staffId())));

        job.sendDue(clock.instant());
        job.sendDue(clock.instant());

        List<MimeMessage> toPriya = to(ptAddress);
        assertThat(toPriya).hasSize(1);
        assertThat(toPriya.getFirst().getSubject()).isEqualTo("Therapy Assist: a concern was raised with you");
        assertThat(GreenMailUtil.getBody(toPriya.getFirst())).contains("/inbox");
        assertNoPatientDetails(toPriya.getFirst(), ptEpisode.patientId(), concern);
        assertThat(to(fionaAddress)).isEmpty();
    }

    @Test
    void aNewDelegationReachesTheWorkerWhoChoseItInTheirLanguageAndNotOneWhoOptedOut() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser keen = fixtures.newSupportWorker(2, "3.01", "3.07");
        CurrentUser quiet = fixtures.newSupportWorker(2, "3.01", "3.07");
        String keenAddress = address("keen");
        String quietAddress = address("quiet");
        settings.change(keen, new NotificationSettings.Change(keenAddress, true, true));
        settings.change(quiet, new NotificationSettings.Change(quietAddress, true, false));
        languages.remember(keen.staffId(), Languages.WELSH);

        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", keen.staffId()));
        desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                quiet.staffId()));

        job.sendDue(clock.instant());

        List<MimeMessage> toKeen = to(keenAddress);
        assertThat(toKeen).hasSize(1);
        assertThat(toKeen.getFirst().getSubject()).isEqualTo("Therapy Assist: mae tasg wedi'i dirprwyo i chi");
        assertThat(GreenMailUtil.getBody(toKeen.getFirst())).contains("/delegations/" + task.id());
        assertNoPatientDetails(toKeen.getFirst(), episode.patientId(), "Sit to stand x 8", "Falls risk",
                "Bleep 4412", "Stop if dizzy");
        assertThat(to(quietAddress)).isEmpty();
    }

    @Test
    void aReferralOutcomeReachesTheReferrerWhoGaveAnAddressWithoutWhereItWasSignpostedOrWhy() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        String gp = address("dr.lowe");
        String reason = "Falls at home since March " + UUID.randomUUID();
        Referral withAddress = referrals.receive(pt, new ReferralCommands.NewReferral(episode.patientId(),
                pt.teamId(), SourceRole.GP, "Dr Lowe", "Hope Street Surgery", reason, Urgency.SOON,
                fixtures.today(), gp));
        Referral withoutAddress = referrals.receive(pt, new ReferralCommands.NewReferral(episode.patientId(),
                pt.teamId(), SourceRole.GP, "Dr Lowe", null, reason, Urgency.SOON, fixtures.today()));
        String signpostedTo = "Falls clinic at Northgate Health Centre " + UUID.randomUUID();
        referrals.decide(pt, withAddress.id(), new ReferralCommands.Decide(Referral.Status.SIGNPOSTED, null, null,
                null, null, signpostedTo, "Needs a falls clinic first", null));
        referrals.decide(pt, withoutAddress.id(), new ReferralCommands.Decide(Referral.Status.REJECTED, null, null,
                null, null, null, "Already seen", null));

        job.sendDue(clock.instant());

        List<MimeMessage> toGp = to(gp);
        assertThat(toGp).hasSize(1);
        assertThat(toGp.getFirst().getSubject())
                .isEqualTo("Therapy Assist: your referral was signposted to another service");
        assertThat(GreenMailUtil.getBody(toGp.getFirst())).contains(withAddress.id().toString());
        assertNoPatientDetails(toGp.getFirst(), episode.patientId(), reason, signpostedTo,
                "Needs a falls clinic first", "Dr Lowe", "Hope Street");
        assertThat(jdbc.sql("select count(*) from notification_outbox where subject_id = ?")
                .param(withoutAddress.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aFailedSendStaysInTheOutboxAndGoesOnTheNextTryWithTheClinicalWorkUntouched() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser worker = fixtures.newSupportWorker(2, "3.01", "3.07");
        String workerAddress = address("retry");
        settings.change(worker, new NotificationSettings.Change(workerAddress, true, true));
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", worker.staffId()));
        Instant now = clock.instant();

        NotificationJob down = jobSendingThrough((to, notice) -> {
            throw new MailSendException("Connection refused");
        });
        assertThat(down.sendDue(now).failed()).isPositive();
        assertThat(to(workerAddress)).isEmpty();
        assertThat(desk.view(pt, task.id()).status()).isEqualTo("OFFERED");
        // Not yet due again a moment later; due after the first wait (a minute).
        job.sendDue(now.plusSeconds(5));
        assertThat(to(workerAddress)).isEmpty();

        job.sendDue(now.plus(Duration.ofMinutes(2)));

        assertThat(to(workerAddress)).hasSize(1);
        assertThat(jdbc.sql("select status from notification_outbox where subject_id = ? and recipient_email = ?")
                .params(task.id(), workerAddress).query(String.class).single()).isEqualTo("SENT");
    }

    private NotificationJob jobSendingThrough(NoticeSender sender) {
        return new NotificationJob(outbox, sender, languages,
                new NotificationProperties("https://therapy-assist.example", null, null, null));
    }

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    private static String address(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@therapy-assist.example";
    }

    private List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(m);
            }
        }
        return found;
    }

    /** The patient's name, NHS number, date of birth (three ways), address and postcode, and the typed words. */
    private void assertNoPatientDetails(MimeMessage message, UUID patientId, String... typed) throws Exception {
        Patient p = patients.require(fixtures.user("pt.demo").organisationId(), patientId);
        List<String> details = new ArrayList<>(List.of(p.familyName(), p.givenName() + " " + p.familyName(),
                p.nhsNumber().formatted(), p.dateOfBirth().toString(), "15 Mar 1941", "15 March 1941", "15/03/1941",
                p.address(), p.postcode()));
        details.addAll(List.of(typed));
        Notice received = new Notice(message.getSubject(), GreenMailUtil.getBody(message));
        assertThat(NotificationRules.leaks(received, details)).isEmpty();
    }
}
