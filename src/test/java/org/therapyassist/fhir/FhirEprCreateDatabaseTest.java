package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * An EPR, as HAPI's generic client, sends a patient (conditional create on the NHS number) and a referral for them
 * (conditional create on its own referral id); the referral is in the team's triage queue as the app's own API shows
 * it, and sending both again, one after the other or both at once, changes nothing.
 */
@IntegrationTest
class FhirEprCreateDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactions;
    @LocalServerPort
    int port;

    long patients(String nhsNumber) {
        return jdbc.sql("select count(*) from patient where nhs_number = ?").param(nhsNumber).query(Long.class)
                .single();
    }

    long referrals(String referralId) {
        return jdbc.sql("select count(*) from referral where sender_id = ?").param(referralId).query(Long.class)
                .single();
    }

    /** True when the team's triage queue, read through /api/v1 a page at a time, lists the referral. */
    boolean inTriageQueue(String user, UUID teamId, String referralId) {
        FhirClient api = new FhirClient(port);
        for (int page = 0; page < 50; page++) {
            var answer = api.api(user, "/api/v1/teams/" + teamId + "/referral-queue?size=200&page=" + page);
            assertThat(answer.status()).isEqualTo(200);
            if (answer.body().contains("\"" + referralId + "\"")) {
                return true;
            }
            if (answer.body().equals("[]")) {
                return false;
            }
        }
        return false;
    }

    @Test
    void anEprSendsAPatientAndAReferralThatLandsInTriageAndRetriesChangeNothing() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        IGenericClient epr = Epr.system(port, "epr-northgate");
        String nhs = Fixtures.nextNhsNumber();
        Patient sent = Epr.patient(nhs, "Hartley", LocalDate.of(1938, 6, 2));

        MethodOutcome first = epr.create().resource(sent).conditionalByUrl(Epr.byNhsNumber(nhs)).execute();
        assertThat(first.getResponseStatusCode()).isEqualTo(201);
        String patientId = first.getId().getIdPart();
        assertThat(first.getId().getValue()).endsWith("/fhir/Patient/" + patientId);
        Patient created = (Patient) first.getResource();
        assertThat(created.getNameFirstRep().getFamily()).isEqualTo("Hartley");
        assertThat(created.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Edith May");
        assertThat(UkCoreValidator.errors("created Patient", created)).isEmpty();
        assertThat(fixtures.audited(UUID.fromString(patientId), "patient.create-patient")).isEqualTo(1);

        MethodOutcome again = epr.create().resource(sent).conditionalByUrl(Epr.byNhsNumber(nhs)).execute();
        assertThat(again.getResponseStatusCode()).isEqualTo(200);
        assertThat(again.getId().getIdPart()).isEqualTo(patientId);
        assertThat(patients(nhs)).isEqualTo(1);

        String referralId = Epr.newReferralId();
        ServiceRequest request = Epr.referral(referralId, nhs, ServiceRequestPriority.URGENT,
                fixtures.today().minusDays(1));
        // A system belongs to no team: it names the team the referral is for.
        request.addPerformer(new Reference("CareTeam/" + pt.teamId()));
        MethodOutcome referred = epr.create().resource(request).conditionalByUrl(Epr.byReferralId(referralId))
                .execute();
        assertThat(referred.getResponseStatusCode()).isEqualTo(201);
        String id = referred.getId().getIdPart();
        assertThat(referred.getId().getValue()).endsWith("/fhir/ServiceRequest/" + id);
        ServiceRequest answer = (ServiceRequest) referred.getResource();
        assertThat(answer.getSubject().getReference()).isEqualTo("Patient/" + patientId);
        // One table both ways: the EPR's "urgent" is the service's urgent, read back as FHIR's highest it uses.
        assertThat(answer.getPriority()).isEqualTo(ServiceRequestPriority.ASAP);
        assertThat(answer.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(answer.getIdentifierFirstRep().getValue()).isEqualTo(referralId);
        assertThat(answer.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("722140001");
        assertThat(UkCoreValidator.errors("created ServiceRequest", answer)).isEmpty();

        var row = jdbc.sql("select patient_id, team_id, urgency, service, reason, source_name, source_role, "
                + "received_on, status, recorded_by_system from referral where id = ? and recorded_by is null")
                .param(UUID.fromString(id))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)))
                .single();
        assertThat(row).containsExactly(patientId, pt.teamId().toString(), "URGENT", "PHYSIOTHERAPY",
                "Two falls at home this month; unsteady on stairs\nLives alone; daughter visits daily",
                "Dr Ana Silva, Ward 7", "OTHER", fixtures.today().minusDays(1).toString(), "WAITING",
                "system:epr-northgate");
        assertThat(jdbc.sql("select created_by_system from patient where id = ? and created_by is null")
                .param(UUID.fromString(patientId)).query(String.class).single()).isEqualTo("system:epr-northgate");
        // Received as a referral recorded in the app is: the same audit entry.
        assertThat(fixtures.audited(UUID.fromString(patientId), "patient.receive-referral")).isEqualTo(1);
        assertThat(inTriageQueue("pt.demo", pt.teamId(), id)).isTrue();
        String page = mvc.perform(get("/referrals/" + id).with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Service asked for").contains("Physiotherapy").contains(referralId)
                .contains("Dr Ana Silva, Ward 7").contains("Waiting for triage")
                .contains("epr-northgate (sent by another system)");

        MethodOutcome retried = epr.create().resource(request).conditionalByUrl(Epr.byReferralId(referralId))
                .execute();
        assertThat(retried.getResponseStatusCode()).isEqualTo(200);
        assertThat(retried.getId().getIdPart()).isEqualTo(id);
        assertThat(referrals(referralId)).isEqualTo(1);
        assertThat(fixtures.audited(UUID.fromString(patientId), "patient.receive-referral")).isEqualTo(1);
    }

    @Test
    void h78_aPatientRowThatNamesNobodyOrTwoMakersIsRefusedByTheDatabase() {
        // Neither a member of staff nor a system: who made the record would be lost. Both: which one is it?
        CurrentUser pt = fixtures.user("pt.demo");
        String insert = "insert into patient (id, organisation_id, nhs_number, given_name, family_name, search_name, "
                + "date_of_birth, address, postcode, created_at, created_by, created_by_system) values (?, ?, ?, "
                + "'Ivy', 'Rowe', 'rowe ivy', ?, '1 Mill Lane', 'NG2 3AB', ?, ?, ?)";
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Object[] makers : new Object[][]{{null, null}, {pt.staffId(), "system:epr-northgate"}}) {
            assertThatThrownBy(() -> jdbc.sql(insert).params(UUID.randomUUID(), pt.organisationId(),
                    Fixtures.nextNhsNumber(), LocalDate.of(1940, 1, 1), now, makers[0], makers[1]).update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @Test
    void anEprMaySendXml() {
        String nhs = Fixtures.nextNhsNumber();
        MethodOutcome sent = Epr.client(port, "pt.demo").create()
                .resource(Epr.patient(nhs, "Pryce", LocalDate.of(1950, 5, 5))).conditionalByUrl(Epr.byNhsNumber(nhs))
                .encodedXml().execute();
        assertThat(sent.getResponseStatusCode()).isEqualTo(201);
        assertThat(((Patient) sent.getResource()).getNameFirstRep().getFamily()).isEqualTo("Pryce");
        assertThat(patients(nhs)).isEqualTo(1);
    }

    @Test
    void h71_twoPostsOfTheSamePatientOrReferralAtOnceMakeOneAndAnswerBothWithIt() throws Exception {
        String nhs = Fixtures.nextNhsNumber();
        Patient sent = Epr.patient(nhs, "Quayle", LocalDate.of(1944, 1, 9));
        List<MethodOutcome> patientAnswers = atOnce(8,
                () -> Epr.client(port, "pt.demo").create().resource(sent).conditionalByUrl(Epr.byNhsNumber(nhs))
                        .execute());
        assertThat(patients(nhs)).isEqualTo(1);
        assertThat(patientAnswers).extracting(MethodOutcome::getResponseStatusCode).containsOnly(200, 201)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(patientAnswers).extracting(a -> a.getId().getIdPart()).containsOnly(
                patientAnswers.getFirst().getId().getIdPart());

        String referralId = Epr.newReferralId();
        ServiceRequest request = Epr.referral(referralId, nhs, ServiceRequestPriority.ROUTINE, fixtures.today());
        List<MethodOutcome> referralAnswers = atOnce(8, () -> Epr.client(port, "pt.demo").create().resource(request)
                .conditionalByUrl(Epr.byReferralId(referralId)).execute());
        assertThat(referrals(referralId)).isEqualTo(1);
        assertThat(referralAnswers).extracting(MethodOutcome::getResponseStatusCode).containsOnly(200, 201)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(referralAnswers).extracting(a -> a.getId().getIdPart()).containsOnly(
                referralAnswers.getFirst().getId().getIdPart());
    }

    @Test
    void h71_aPatientAddedByAnotherRequestWhileThisOneIsCheckingIsReturnedNotAddedAgain() throws Exception {
        // Another request has added the patient but not yet committed when this one looks and inserts: the unique
        // key holds this insert until the other commits, then refuses it, and the answer is the other's patient.
        CurrentUser pt = fixtures.user("pt.demo");
        String nhs = Fixtures.nextNhsNumber();
        UUID theirs = UUID.randomUUID();
        CountDownLatch added = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> adding = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                jdbc.sql("insert into patient (id, organisation_id, nhs_number, given_name, family_name, search_name, "
                        + "date_of_birth, address, postcode, created_at, created_by) values (?, ?, ?, 'Edith', "
                        + "'Vane', 'vane edith', ?, '4 Mill Lane', 'NG2 3AB', ?, ?)")
                        .params(theirs, pt.organisationId(), nhs, LocalDate.of(1938, 6, 2),
                                OffsetDateTime.now(ZoneOffset.UTC), pt.staffId())
                        .update();
                added.countDown();
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            added.await();
            MethodOutcome answer = Epr.client(port, "pt.demo").create()
                    .resource(Epr.patient(nhs, "Vane", LocalDate.of(1938, 6, 2)))
                    .conditionalByUrl(Epr.byNhsNumber(nhs)).execute();
            adding.get();
            assertThat(answer.getResponseStatusCode()).isEqualTo(200);
            assertThat(answer.getId().getIdPart()).isEqualTo(theirs.toString());
            assertThat(patients(nhs)).isEqualTo(1);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void theCapabilityStatementSaysPatientAndServiceRequestAreCreatedConditionally() {
        CapabilityStatement statement = new FhirClient(port).get("pt.demo", "metadata").as(CapabilityStatement.class);
        for (String type : List.of("Patient", "ServiceRequest")) {
            CapabilityStatementRestResourceComponent resource = statement.getRestFirstRep().getResource().stream()
                    .filter(r -> type.equals(r.getType())).findFirst().orElseThrow();
            assertThat(resource.getInteraction()).as(type).extracting(i -> i.getCode())
                    .contains(TypeRestfulInteraction.CREATE);
            assertThat(resource.getConditionalCreate()).as(type).isTrue();
        }
        assertThat(UkCoreValidator.errors("CapabilityStatement", statement)).isEmpty();
    }

    private static <T> List<T> atOnce(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
