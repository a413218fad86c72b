package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.equipment.Loans;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Device, DeviceUseStatement and DeviceRequest: equipment at a patient's home, with the REST API's access and audit.
 */
@IntegrationTest
class FhirEquipmentDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Loans loans;
    @LocalServerPort
    int port;

    FhirClient fhir() {
        return new FhirClient(port);
    }

    record Lent(Episode episode, Loans.Loan asset, Loans.Loan stock) {
    }

    Lent lend() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        var asset = jdbc.sql("select a.id, a.item_code, a.store_id from equipment_asset a where a.organisation_id = ? "
                + "and a.status = 'AVAILABLE' and a.next_inspection_due >= ? order by a.asset_label limit 1")
                .params(pt.organisationId(), fixtures.today())
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getObject(3, UUID.class)})
                .single();
        Loans.Loan lentAsset = loans.issue(pt, new Loans.NewLoan(episode.patientId(), (UUID) asset[2],
                (String) asset[1], (UUID) asset[0], null, null, "Taught safe use", null, fixtures.today().plusWeeks(6),
                null));
        UUID store = jdbc.sql("select id from equipment_store where organisation_id = ? and name = "
                + "'Northgate community base'").param(pt.organisationId()).query(UUID.class).single();
        Loans.Loan stock = loans.issue(pt, new Loans.NewLoan(episode.patientId(), store, "WALKING_FRAME", null, 1,
                "Height set to 82 cm", "Taught to turn with small steps", null, null, null));
        return new Lent(episode, lentAsset, stock);
    }

    @Test
    void equipmentAtHomeIsADeviceInUseWithTheLoanAsItsStatementAndRequest() {
        Lent lent = lend();
        UUID patient = lent.episode().patientId();
        long before = fixtures.audited(patient, "patient.view-record");
        Device device = fhir().get("pt.demo", "Device/" + lent.asset().assetId()).as(Device.class);
        assertThat(fixtures.audited(patient, "patient.view-record")).isEqualTo(before + 1);
        assertThat(device.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(UkCore.DEVICE_PROFILE);
        assertThat(device.getPatient().getReference()).isEqualTo("Patient/" + patient);
        assertThat(device.getIdentifierFirstRep().getValue()).isEqualTo(lent.asset().assetLabel());
        assertThat(device.getStatus()).isEqualTo(Device.FHIRDeviceStatus.ACTIVE);
        var xml = fhir().get("pt.demo", "Device/" + lent.asset().assetId() + "?_format=xml", "*/*");
        assertThat(xml.contentType()).startsWith("application/fhir+xml");
        assertThat(xml.body()).contains("<Device").contains(lent.asset().assetLabel());

        DeviceUseStatement use = fhir().get("pt.demo", "DeviceUseStatement/" + lent.asset().id())
                .as(DeviceUseStatement.class);
        assertThat(use.getStatus()).isEqualTo(DeviceUseStatement.DeviceUseStatementStatus.ACTIVE);
        assertThat(use.getDevice().getReference()).isEqualTo("Device/" + lent.asset().assetId());
        assertThat(use.getSubject().getReference()).isEqualTo("Patient/" + patient);
        DeviceUseStatement stock = fhir().get("pt.demo", "DeviceUseStatement/" + lent.stock().id())
                .as(DeviceUseStatement.class);
        assertThat(stock.getDevice().getReference()).isEqualTo("#stock");
        assertThat(stock.getContained()).hasSize(1);
        DeviceRequest request = fhir().get("pt.demo", "DeviceRequest/" + lent.asset().id()).as(DeviceRequest.class);
        assertThat(request.getStatus()).isEqualTo(DeviceRequest.DeviceRequestStatus.ACTIVE);
        assertThat(request.getIntent()).isEqualTo(DeviceRequest.RequestIntent.ORDER);
        assertThat(request.getCodeReference().getReference()).isEqualTo("Device/" + lent.asset().assetId());

        loans.returned(fixtures.user("pt.demo"), lent.stock().id(), "Back in the store");
        assertThat(fhir().get("pt.demo", "DeviceUseStatement/" + lent.stock().id()).as(DeviceUseStatement.class)
                .getStatus()).isEqualTo(DeviceUseStatement.DeviceUseStatementStatus.COMPLETED);
        assertThat(fhir().get("pt.demo", "DeviceRequest/" + lent.stock().id()).as(DeviceRequest.class).getStatus())
                .isEqualTo(DeviceRequest.DeviceRequestStatus.COMPLETED);

        assertThat(fhir().get("pt.demo", "Device?patient=" + patient).as(Bundle.class).getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(lent.asset().assetId().toString());
        assertThat(fhir().get("pt.demo", "DeviceUseStatement?subject=Patient/" + patient).as(Bundle.class)
                .getTotal()).isEqualTo(2);
        assertThat(fhir().get("pt.demo", "DeviceRequest?patient=" + patient).as(Bundle.class).getTotal())
                .isEqualTo(2);
    }

    @Test
    void h61_outsideTheCaseloadIsRefusedAndAnotherOrganisationFindsNothing() {
        Lent lent = lend();
        UUID patient = lent.episode().patientId();
        for (String path : List.of("Device/" + lent.asset().assetId(), "DeviceUseStatement/" + lent.asset().id(),
                "DeviceRequest/" + lent.stock().id())) {
            var refused = fhir().get("chloe.sw", path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.resource()).isInstanceOf(OperationOutcome.class);
        }
        assertThat(fixtures.audited(patient, "access.denied")).isEqualTo(3);
        String stranger = OtherOrganisation.physiotherapist(jdbc);
        for (String user : List.of("chloe.sw", stranger)) {
            for (String path : List.of("Device?patient=", "DeviceUseStatement?patient=", "DeviceRequest?patient=")) {
                assertThat(fhir().get(user, path + patient).as(Bundle.class).getEntry()).as(user + path).isEmpty();
            }
        }
        assertThat(fhir().get(stranger, "Device/" + lent.asset().assetId()).status()).isEqualTo(404);
        assertThat(fhir().get(stranger, "DeviceRequest/" + lent.asset().id()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnOperationOutcomeNeverA500() {
        UUID any = UUID.randomUUID();
        for (String[] c : List.of(new String[]{"Device/" + any, "404"}, new String[]{"DeviceRequest/x", "404"},
                new String[]{"DeviceUseStatement", "400"}, new String[]{"Device?patient=Task/" + any, "400"})) {
            var answer = fhir().get("pt.demo", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(answer.resource()).as(c[0]).isInstanceOf(OperationOutcome.class);
        }
    }
}
