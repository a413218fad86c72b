package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * ServiceRequest (referrals in) and Observation (measure results), and paging, with the REST API's access and audit.
 */
@IntegrationTest
class FhirReferralAndMeasureDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Referrals referrals;
    @Autowired
    MeasureResults measures;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    Referral refer(CurrentUser pt, Episode episode, SourceRole source, Urgency urgency) {
        return referrals.receive(pt, new ReferralCommands.NewReferral(episode.patientId(), episode.teamId(), source,
                "Staff Nurse Ada Lowe", "Ward 12, Northgate General", "Falls at home; mobility review", urgency,
                fixtures.today()));
    }

    MeasureResult tug(CurrentUser pt, Episode episode, String seconds) {
        return measures.record(pt, episode.patientId(), new MeasureResults.NewResult("TUG", episode.id(), null,
                fixtures.today(), List.of(new BigDecimal(seconds)), null, null, null));
    }

    @Test
    void readsAReferralAsAServiceRequestWithItsTriageStateAndFindsItByPatient() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        Referral waiting = refer(pt, episode, SourceRole.NURSE, Urgency.URGENT);
        long before = fixtures.audited(episode.patientId(), "patient.view-record");
        ServiceRequest read = fhir().get("pt.demo", "ServiceRequest/" + waiting.id()).as(ServiceRequest.class);
        assertThat(fixtures.audited(episode.patientId(), "patient.view-record")).isEqualTo(before + 1);
        assertThat(read.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(UkCore.SERVICE_REQUEST_PROFILE);
        assertThat(read.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
        assertThat(read.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(read.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.ASAP);
        assertThat(read.getSubject().getReference()).isEqualTo("Patient/" + episode.patientId());
        assertThat(read.getRequester().getDisplay()).startsWith("Staff Nurse Ada Lowe");
        assertThat(read.getReasonCodeFirstRep().getText()).isEqualTo("Falls at home; mobility review");
        assertThat(read.getPerformer()).extracting(Reference::getReference).contains("CareTeam/" + episode.teamId());
        assertThat(fhir().get("pt.demo", "CareTeam/" + episode.teamId()).status()).isEqualTo(200);

        Referral self = refer(pt, episode, SourceRole.SELF, Urgency.ROUTINE);
        referrals.decide(pt, self.id(), new ReferralCommands.Decide(Referral.Status.SIGNPOSTED, null, null, null, null,
                "Community falls service", null, null));
        ServiceRequest signposted = fhir().get("pt.demo", "ServiceRequest/" + self.id()).as(ServiceRequest.class);
        assertThat(signposted.getStatus()).isEqualTo(ServiceRequestStatus.REVOKED);
        assertThat(signposted.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        assertThat(signposted.getNote()).anySatisfy(n -> assertThat(n.getText()).contains("Community falls service"));

        Bundle found = fhir().get("pt.demo", "ServiceRequest?subject=Patient/" + episode.patientId()).as(Bundle.class);
        assertThat(found.getTotal()).isEqualTo(2);
        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder(waiting.id().toString(), self.id().toString());
        Bundle byId = fhir().get("pt.demo", "ServiceRequest?_id=" + waiting.id()).as(Bundle.class);
        assertThat(byId.getEntry()).hasSize(1);
    }

    @Test
    void h69_aMeasureResultIsAnObservationItsCorrectionAmendedAndTheReplacedOneNoLongerStands() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        MeasureResult first = tug(pt, episode, "14.2");
        Observation read = fhir().get("pt.demo", "Observation/" + first.id()).as(Observation.class);
        assertThat(read.getStatus()).isEqualTo(ObservationStatus.FINAL);
        assertThat(read.getCode().getCodingFirstRep().getSystem()).isEqualTo(UkCore.MEASURE_CODES);
        assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("TUG");
        Quantity value = read.getValueQuantity();
        assertThat(value.getValue()).isEqualByComparingTo("14.2");
        assertThat(value.getSystem()).isEqualTo(ObservationResources.UCUM);
        assertThat(value.getCode()).isEqualTo("s");
        assertThat(read.getPerformerFirstRep().getReference()).isEqualTo("Practitioner/" + pt.staffId());
        assertThat(read.getEffectiveDateTimeType().getValueAsString()).isEqualTo(fixtures.today().toString());

        MeasureResult corrected = measures.correct(pt, first.id(), "Timed from the wrong start",
                new MeasureResults.NewResult("TUG", episode.id(), null, fixtures.today(),
                        List.of(new BigDecimal("12.4")), null, null, null));
        Observation amended = fhir().get("pt.demo", "Observation/" + corrected.id()).as(Observation.class);
        assertThat(amended.getStatus()).isEqualTo(ObservationStatus.AMENDED);
        assertThat(amended.getNote()).anySatisfy(n -> assertThat(n.getText()).contains(first.id().toString()));
        Observation replaced = fhir().get("pt.demo", "Observation/" + first.id()).as(Observation.class);
        assertThat(replaced.getStatus()).isEqualTo(ObservationStatus.ENTEREDINERROR);
        assertThat(replaced.getNote()).anySatisfy(n -> assertThat(n.getText()).contains(corrected.id().toString()));

        Bundle found = fhir().get("pt.demo", "Observation?patient=" + episode.patientId()).as(Bundle.class);
        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(corrected.id().toString());
    }

    @Test
    void observationsAreFoundByMeasureCodeAndByTheDaysTheyWereTaken() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        var today = fixtures.today();
        String tugThen = measures.record(pt, episode.patientId(), new MeasureResults.NewResult("TUG", episode.id(),
                null, today.minusDays(10), List.of(new BigDecimal("18.5")), null, null, null)).id().toString();
        String tugNow = tug(pt, episode, "14.0").id().toString();
        String walk = measures.record(pt, episode.patientId(), new MeasureResults.NewResult("WALK_10M",
                episode.id(), null, today.minusDays(3), List.of(new BigDecimal("12.1")), null, null, null)).id()
                .toString();
        String patient = "Observation?patient=" + episode.patientId();
        record Case(String query, List<String> expected) {
        }
        for (Case c : List.of(new Case("", List.of(tugThen, walk, tugNow)),
                new Case("&code=TUG", List.of(tugThen, tugNow)),
                new Case("&code=" + UkCore.MEASURE_CODES + "%7CTUG", List.of(tugThen, tugNow)),
                new Case("&code=TUG,WALK_10M", List.of(tugThen, walk, tugNow)),
                // No result carries a LOINC code (H68): another system's code finds nothing, it is not an error.
                new Case("&code=http://loinc.org%7CTUG", List.of()),
                new Case("&date=ge" + today.minusDays(5), List.of(walk, tugNow)),
                new Case("&date=le" + today.minusDays(5), List.of(tugThen)),
                new Case("&date=" + today.minusDays(3), List.of(walk)),
                new Case("&date=ge" + today.minusDays(11) + "&date=lt" + today, List.of(tugThen, walk)),
                new Case("&code=TUG&date=ge" + today.minusDays(5), List.of(tugNow)))) {
            Bundle found = fhir().get("pt.demo", patient + c.query()).as(Bundle.class);
            assertThat(found.getEntry()).as(c.query()).extracting(e -> e.getResource().getIdElement().getIdPart())
                    .containsExactlyElementsOf(c.expected());
            assertThat(found.getTotal()).as(c.query()).isEqualTo(c.expected().size());
        }
        for (String bad : List.of("&date=ge" + today + "&date=le" + today.minusDays(1), "&date=notadate",
                "&code:text=walk", "&_id=" + tugNow + "&code=TUG")) {
            assertThat(fhir().get("pt.demo", patient + bad).status()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void h70_searchesPageWithCountAndOffsetAndAlwaysSayHowManyThereAre() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(tug(pt, episode, "1" + i).id().toString());
        }
        List<String> seen = new ArrayList<>();
        String path = "Observation?patient=" + episode.patientId() + "&_count=2";
        int pages = 0;
        while (path != null) {
            Bundle page = fhir().get("pt.demo", path).as(Bundle.class);
            assertThat(page.getTotal()).isEqualTo(5);
            assertThat(page.getEntry().size()).isLessThanOrEqualTo(2);
            page.getEntry().forEach(e -> seen.add(e.getResource().getIdElement().getIdPart()));
            var next = page.getLink(Bundle.LINK_NEXT);
            path = next == null ? null : next.getUrl().substring(next.getUrl().indexOf("/fhir/") + 6);
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(made);
        Bundle clamped = fhir().get("pt.demo", "Observation?patient=" + episode.patientId() + "&_count=500")
                .as(Bundle.class);
        assertThat(clamped.getEntry()).hasSize(5);
        var xml = fhir().get("pt.demo", "Observation?patient=" + episode.patientId() + "&_count=2",
                "application/fhir+xml");
        assertThat(xml.contentType()).startsWith("application/fhir+xml");
        assertThat(xml.body()).contains("<Bundle").contains("<total value=\"5\"/>").contains("relation value=\"next\"");
        assertThat(fhir().get("pt.demo", "Observation?patient=" + episode.patientId() + "&_count=2&_offset=3")
                .status()).isEqualTo(400);
    }

    @Test
    void h61_aSupportWorkerOutsideTheCaseloadAndAnotherOrganisationSeeNothing() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        Referral referral = refer(pt, episode, SourceRole.GP, Urgency.SOON);
        MeasureResult result = tug(pt, episode, "9.8");
        for (String path : List.of("ServiceRequest/" + referral.id(), "Observation/" + result.id())) {
            var refused = fhir().get("chloe.sw", path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.resource()).isInstanceOf(OperationOutcome.class);
        }
        assertThat(fixtures.audited(episode.patientId(), "access.denied")).isEqualTo(2);
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        for (String user : List.of("chloe.sw", stranger)) {
            for (String path : List.of("ServiceRequest?patient=", "Observation?patient=", "Observation?_id=")) {
                String id = path.endsWith("_id=") ? result.id().toString() : episode.patientId().toString();
                assertThat(fhir().get(user, path + id).as(Bundle.class).getEntry()).as(user + path).isEmpty();
            }
        }
        assertThat(fhir().get(stranger, "ServiceRequest/" + referral.id()).status()).isEqualTo(404);
        assertThat(fhir().get(stranger, "Observation/" + result.id()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        UUID patient = UUID.randomUUID();
        for (String[] c : List.of(new String[]{"Observation/not-a-uuid", "404"},
                new String[]{"ServiceRequest/" + UUID.randomUUID(), "404"}, new String[]{"Observation", "400"},
                new String[]{"Observation?patient=" + patient + "&subject=" + patient, "400"},
                new String[]{"ServiceRequest?_id=" + patient + "&patient=" + patient, "400"},
                new String[]{"Observation?patient=" + patient + "&_count=-1", "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
