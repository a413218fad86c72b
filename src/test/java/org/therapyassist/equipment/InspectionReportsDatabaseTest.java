package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class InspectionReportsDatabaseTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Fixtures fixtures;
    @Autowired
    AssetRegister register;
    @Autowired
    Inspections inspections;
    @Autowired
    InspectionReports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Examiners examiners;

    CurrentUser lead() {
        return fixtures.user("lead.demo");
    }

    UUID examiner() {
        return EquipmentTestData.examiner(examiners, lead());
    }

    Asset hoist(CurrentUser user) {
        UUID store = EquipmentTestData.store(jdbc, user, "Report store");
        return register.add(user,
                new AssetRegister.NewAsset("MOBILE_HOIST", store, EquipmentTestData.label("rp"), null));
    }

    long inspectionsOf(UUID assetId) {
        return jdbc.sql("select count(*) from equipment_inspection where asset_id = ?").param(assetId).query(Long.class)
                .single();
    }

    @Test
    void theExaminersReportIsKeptWithTheInspectionAndServedUnchanged() {
        CurrentUser sam = fixtures.user("sw.demo");
        Asset hoist = hoist(sam);
        var inspection = inspections.record(lead(), hoist.id(),
                new Inspections.NewInspection(fixtures.today(), InspectionRules.Result.PASS, null, examiner(), false,
                        null, hoist.version()),
                new MockMultipartFile("report", "loler-report.pdf", "application/pdf", PDF));
        assertThat(inspection.reportId()).isNotNull();
        var opened = reports.open(sam, inspection.reportId());
        assertThat(opened.content()).isEqualTo(PDF);
        assertThat(opened.report().contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> reports.open(fixtures.user("admin.demo"), inspection.reportId()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aWebPageDisguisedAsAReportIsRefusedAndTheInspectionIsNotRecorded() {
        CurrentUser sam = fixtures.user("sw.demo");
        Asset hoist = hoist(sam);
        long before = inspectionsOf(hoist.id());
        assertThatThrownBy(() -> inspections.record(lead(), hoist.id(),
                new Inspections.NewInspection(fixtures.today(), InspectionRules.Result.PASS, null, examiner(), false,
                        null, hoist.version()),
                new MockMultipartFile("report", "report.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("report"));
        assertThat(inspectionsOf(hoist.id())).isEqualTo(before);
    }
}
