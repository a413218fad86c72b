package org.therapyassist.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.Enums;
import org.therapyassist.delegation.Frequency;
import org.therapyassist.delegation.NewDelegation;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.idempotency.FormTokens;

/** Small builders over the real services: a fresh patient with an open episode and a goal, a delegation request. */
@Component
public class Fixtures {

    private static final AtomicLong NHS = new AtomicLong(999_800_000L + (System.nanoTime() % 100_000));

    private final AccountDirectory accounts;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final Clock clock;
    private final UserDetailsService logins;
    private final FormTokens formTokens;
    private final JdbcClient jdbc;

    Fixtures(AccountDirectory accounts, PatientRecords patients, CarePlans carePlans, Clock clock,
            UserDetailsService logins,
            FormTokens formTokens,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.formTokens = formTokens;
        this.accounts = accounts;
        this.patients = patients;
        this.carePlans = carePlans;
        this.clock = clock;
    }

    /** How many audit events of this action the patient's record has (a read of it through any door adds one). */
    public long audited(UUID patientId, String action) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and action = ?")
                .params(patientId, action).query(Long.class).single();
    }

    public CurrentUser user(String username) {
        return accounts.findByUsername(username).orElseThrow().user();
    }

    /** A signed-in person as the page chain holds them, for MockMvc page requests ({@code .with(user(...))}). */
    public UserDetails principal(String username) {
        return logins.loadUserByUsername(username);
    }

    /**
     * A page form's one-time token, as the page would have carried it: a fresh one for each request it is applied to
     * (a browser gets a new one each time the form is shown).
     */
    public RequestPostProcessor formToken(String username) {
        CurrentUser user = user(username);
        return request -> {
            request.setParameter(FormTokens.FIELD, formTokens.issue(user));
            return request;
        };
    }

    /** A token for this person, to send by hand (twice, say). */
    public String newFormToken(String username) {
        return formTokens.issue(user(username));
    }

    /**
     * A support worker made for one test, on the stroke ward with Priya Raman's patients, holding in-date sign-offs for
     * exactly these competencies (password "demo"). The demo's own workers' sign-offs are renewed or withdrawn by other
     * tests sharing the database, so a test that depends on a sign-off makes its own worker.
     */
    public CurrentUser newSupportWorker(int band, String... competencies) {
        String jobRole = band <= 2 ? "SUPPORT_WORKER" : band == 3 ? "SENIOR_SUPPORT_WORKER" : "ASSISTANT_PRACTITIONER";
        UUID id = UUID.randomUUID();
        String username = "worker." + id.toString().substring(0, 8);
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, enabled) select ?, organisation_id, team_id, ?, password_hash, 'Test', ?, ?, ?, true "
                        + "from staff_member where username = 'hca.demo'")
                .params(id, username, "Worker" + id.toString().substring(0, 4), jobRole, band).update();
        CurrentUser assessor = user("pt.demo");
        for (String code : competencies) {
            jdbc.sql(
                    "insert into competency_signoff (id, organisation_id, staff_id, competency_code, assessor_id, signed_on, "
                            + "expires_on, evidence, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'Observed practice', ?)")
                    .params(UUID.randomUUID(), assessor.organisationId(), id, code, assessor.staffId(),
                            today().minusDays(30),
                            today().plusMonths(11), Time.db(clock.instant()))
                    .update();
        }
        return user(username);
    }

    /**
     * A physiotherapist made for one test, on Priya Raman's team with her registration (password "demo"): their inbox
     * and delegations are theirs alone, so what a test counts there is not changed by other tests.
     */
    public CurrentUser newRegistrant() {
        UUID id = UUID.randomUUID();
        String username = "registrant." + id.toString().substring(0, 8);
        jdbc.sql(
                "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                        + "job_role, band, hcpc_number, enabled) select ?, organisation_id, team_id, ?, password_hash, "
                        + "'Test', ?, job_role, band, hcpc_number, true from staff_member where username = 'pt.demo'")
                .params(id, username, "Registrant" + id.toString().substring(0, 4)).update();
        return user(username);
    }

    public LocalDate today() {
        return Time.today(clock);
    }

    /** A new patient on the given user's team caseload, with an open episode and one goal. */
    public Episode patientWithEpisode(CurrentUser registrant) {
        Patient p = patients.register(registrant, new NewPatient(nextNhsNumber(), "Test", "Patient" + NHS.get(),
                LocalDate.of(1941, 3, 15), "1 Test Street, Northgate", "NG1 1AA", null, List.of()));
        var episode = carePlans.open(registrant, p.id(), new Commands.OpenEpisode("Test referral",
                ConditionCategory.NEUROLOGICAL, CareSetting.WARD, "Ward 7, bay 1, bed 1", registrant.teamId(), null));
        return carePlans.addGoal(registrant, episode.id(),
                new Commands.AddGoal("Walk to the toilet", today().plusWeeks(3)));
    }

    public NewDelegation delegation(UUID patientId, UUID episodeId, String taskType, UUID workerId) {
        return delegation(patientId, episodeId, taskType, workerId, Enums.Consent.GIVEN);
    }

    public NewDelegation delegation(UUID patientId, UUID episodeId, String taskType, UUID workerId,
            Enums.Consent consent) {
        LocalDate today = today();
        return new NewDelegation(patientId, episodeId, taskType, workerId, "Sit to stand x 8, three sets",
                Frequency.DAILY, Enums.TimeOfDay.MORNING, today, today.plusWeeks(2), "Stop if dizzy or chest pain",
                "Falls risk", consent, null, Enums.Supervision.INDIRECT, "Bleep 4412", today.plusWeeks(1),
                true, true, true, true, true, true);
    }

    public static String nextNhsNumber() {
        while (true) {
            String nine = Long.toString(NHS.incrementAndGet());
            int check = NhsNumber.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }
}
