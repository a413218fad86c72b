package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.equipment.InspectionRules.Result;
import org.therapyassist.equipment.PurchaseOrderRules.Status;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class EquipmentAssetsDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssetRegister register;
    @Autowired
    Inspections inspections;
    @Autowired
    Faults faults;
    @Autowired
    PurchaseOrders orders;
    @Autowired
    StockLedger ledger;
    @Autowired
    Loans loans;
    @Autowired
    Examiners examiners;

    CurrentUser lead() {
        return fixtures.user("lead.demo");
    }

    UUID examiner() {
        return EquipmentTestData.examiner(examiners, lead());
    }

    Asset hoist(CurrentUser user, UUID store) {
        return register.add(user,
                new AssetRegister.NewAsset("MOBILE_HOIST", store, EquipmentTestData.label("hoi"), "SN-1"));
    }

    @Test
    void aNewHoistGetsItsFirstLolerDateAndADuplicateLabelIsAConflict() {
        CurrentUser sw = fixtures.user("sw.demo");
        UUID store = EquipmentTestData.store(jdbc, sw, "Assets store");
        Asset hoist = hoist(sw, store);
        assertThat(hoist.status()).isEqualTo(Asset.Status.AVAILABLE);
        assertThat(hoist.nextInspectionDue()).isEqualTo(fixtures.today().plusMonths(6));
        Asset chair = register.add(sw,
                new AssetRegister.NewAsset("WHEELCHAIR", store, EquipmentTestData.label("wch"), null));
        assertThat(chair.nextInspectionDue()).isNull();

        assertThatThrownBy(
                () -> register.add(sw, new AssetRegister.NewAsset("SLING", store, hoist.label().toLowerCase(), null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.label-taken"));
        assertThatThrownBy(() -> register.add(sw,
                new AssetRegister.NewAsset("WALKING_FRAME", store, EquipmentTestData.label("wf"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("itemCode"));
        assertThat(register.byLabel(sw, " " + hoist.label().toLowerCase() + " ")).map(Asset::id).contains(hoist.id());
        assertThat(register.inStore(sw, store, PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(l -> l.asset().label()).containsExactlyInAnyOrder(hoist.label(), chair.label());
    }

    @Test
    void aFailedInspectionTakesTheHoistOutOfServiceAtOnceAndAPassBringsItBack() {
        CurrentUser sw = fixtures.user("sw.demo");
        UUID store = EquipmentTestData.store(jdbc, sw, "Inspection store");
        Asset hoist = hoist(sw, store);
        inspections.record(lead(), hoist.id(), new Inspections.NewInspection(fixtures.today(), Result.FAIL,
                "Boom hydraulic leak", examiner(), false, null, hoist.version()));
        Asset failed = register.require(sw, hoist.id());
        assertThat(failed.status()).isEqualTo(Asset.Status.QUARANTINED);
        assertThat(failed.issuableOn(fixtures.today())).isFalse();

        // Someone still holding the old version is told the asset changed.
        assertThatThrownBy(() -> inspections.record(lead(), hoist.id(),
                new Inspections.NewInspection(fixtures.today(), Result.PASS, null, examiner(), false, null,
                        hoist.version())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.asset-changed"));

        // The failure opened a fault: a pass is refused until an equipment lead or team lead records the repair.
        Faults.Fault found = faults.ofAsset(sw.organisationId(), hoist.id(), PageRequest.first(PageRequest.MAX_SIZE))
                .items().getFirst();
        assertThat(found.status()).isEqualTo(Faults.Status.OPEN);
        assertThat(found.description()).contains("Boom hydraulic leak");
        assertThatThrownBy(() -> inspections.record(lead(), hoist.id(), new Inspections.NewInspection(fixtures.today(),
                Result.PASS, null, examiner(), false, null, failed.version())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.fault-open"));
        faults.repaired(lead(), found.id(), "Seal replaced by Lift Safe Ltd");
        inspections.record(lead(), hoist.id(), new Inspections.NewInspection(fixtures.today(), Result.PASS,
                "Seal replaced", examiner(), false, null, failed.version()));
        Asset passed = register.require(sw, hoist.id());
        assertThat(passed.status()).isEqualTo(Asset.Status.AVAILABLE);
        assertThat(passed.nextInspectionDue()).isEqualTo(fixtures.today().plusMonths(6));
        assertThat(inspections.history(sw.organisationId(), hoist.id())).extracting(Inspections.Inspection::result)
                .containsExactlyInAnyOrder(Result.FAIL, Result.PASS);
    }

    @Test
    void anInspectionDatedInTheFutureIsRefusedAndChangesNothing() {
        CurrentUser sw = fixtures.user("sw.demo");
        Asset hoist = hoist(sw, EquipmentTestData.store(jdbc, sw, "Future store"));
        assertThatThrownBy(() -> inspections.record(lead(), hoist.id(),
                new Inspections.NewInspection(fixtures.today().plusDays(1), Result.FAIL, "x", examiner(), false, null,
                        null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("inspectedOn"));
        assertThat(register.require(sw, hoist.id())).isEqualTo(hoist);
    }

    @Test
    void aRepairedHoistStaysQuarantinedUntilItPassesAReinspection() {
        CurrentUser hca = fixtures.user("hca.demo");
        CurrentUser pt = fixtures.user("pt.demo");
        Asset hoist = hoist(hca, EquipmentTestData.store(jdbc, hca, "Fault store"));
        UUID patient = fixtures.patientWithEpisode(pt).patientId();
        Faults.Fault fault = faults.report(hca,
                new Faults.NewFault(hoist.id(), null, patient, "Brake does not hold on carpet"));
        assertThat(register.require(hca, hoist.id()).status()).isEqualTo(Asset.Status.QUARANTINED);
        assertThat(faults.open(hca, PageRequest.first(PageRequest.MAX_SIZE)).items()).extracting(Faults.Fault::id)
                .contains(fault.id());

        // A pass while the fault is open is refused: it cannot bring the hoist back, and it is not quietly recorded.
        Asset quarantined = register.require(hca, hoist.id());
        assertThatThrownBy(() -> inspections.record(lead(), hoist.id(), new Inspections.NewInspection(fixtures.today(),
                Result.PASS, null, examiner(), false, null, quarantined.version())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.fault-open"));
        assertThat(register.require(hca, hoist.id()).status()).isEqualTo(Asset.Status.QUARANTINED);

        // Only an equipment lead or a team lead says it is repaired.
        assertThatThrownBy(() -> faults.repaired(pt, fault.id(), "Looks fine to me"))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("policy.not-permitted"));
        faults.repaired(lead(), fault.id(), "Brake pads replaced by Lift Safe Ltd");
        assertThatThrownBy(() -> faults.repaired(lead(), fault.id(), "again")).isInstanceOf(ConflictException.class);
        assertThat(register.require(hca, hoist.id()).status()).isEqualTo(Asset.Status.QUARANTINED);

        inspections.record(lead(), hoist.id(),
                new Inspections.NewInspection(fixtures.today(), Result.PASS, null, examiner(), false, null,
                        register.require(hca, hoist.id()).version()));
        assertThat(register.require(hca, hoist.id()).status()).isEqualTo(Asset.Status.AVAILABLE);
    }

    @Test
    void aHoistRepairedInAPatientsHomeIsNotLentToAnotherPatientAndIsStillCleanedWhenItComesBack() {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID store = EquipmentTestData.store(jdbc, pt, "Home repair store");
        Asset hoist = hoist(pt, store);
        UUID patient = fixtures.patientWithEpisode(pt).patientId();
        UUID other = fixtures.patientWithEpisode(pt).patientId();
        Loans.Loan loan = loans.issue(pt, new Loans.NewLoan(patient, store, "MOBILE_HOIST", hoist.id(), 1, null,
                "Two carers trained", null, null, null));
        Faults.Fault fault = faults.report(pt, new Faults.NewFault(hoist.id(), null, patient, "Castor wobbles"));
        faults.repaired(lead(), fault.id(), "Castor replaced at the patient's home");
        inspections.record(lead(), hoist.id(),
                new Inspections.NewInspection(fixtures.today(), Result.PASS, null, examiner(), false, null, null));

        // It passed where it stands: still in the first patient's home, so still on loan — not on the shelf.
        assertThat(register.require(pt, hoist.id()).status()).isEqualTo(Asset.Status.ON_LOAN);
        assertThatThrownBy(() -> loans.issue(pt, new Loans.NewLoan(other, store, "MOBILE_HOIST", hoist.id(), 1, null,
                "Trained", null, null, null))).isInstanceOf(RefusedException.class);
        loans.returned(pt, loan.id(), null);
        assertThat(register.require(pt, hoist.id()).status()).isEqualTo(Asset.Status.NEEDS_CLEANING);
    }

    @Test
    void aFaultOnCountedStockNeedsNoAssetAndAnAdministratorCannotReportOne() {
        CurrentUser sw = fixtures.user("sw.demo");
        Faults.Fault fault = faults.report(sw,
                new Faults.NewFault(null, "WALKING_FRAME", null, "Batch of ferrules split"));
        assertThat(fault.assetId()).isNull();
        assertThatThrownBy(() -> faults.report(sw, new Faults.NewFault(null, null, null, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("itemCode"));
        assertThatThrownBy(
                () -> faults.report(fixtures.user("admin.demo"), new Faults.NewFault(null, "WALKING_FRAME", null, "x")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aRetiredAssetKeepsItsRecordAndLeavesTheDueList() {
        CurrentUser sw = fixtures.user("sw.demo");
        UUID store = EquipmentTestData.store(jdbc, sw, "Retire store");
        Asset overdue = hoist(sw, store);
        Asset soon = hoist(sw, store);
        Asset later = hoist(sw, store);
        EquipmentTestData.nextInspectionDue(jdbc, overdue.id(), fixtures.today().minusDays(3));
        EquipmentTestData.nextInspectionDue(jdbc, soon.id(), fixtures.today().plusDays(10));
        List<Inspections.DueAsset> due = inspections.due(sw, store, PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertThat(due).extracting(d -> d.asset().id()).containsExactly(overdue.id(), soon.id());
        assertThat(due).extracting(Inspections.DueAsset::due).containsExactly(InspectionRules.Due.OVERDUE,
                InspectionRules.Due.DUE_SOON);
        assertThat(inspections.due(sw, null, PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(d -> d.asset().id()).contains(overdue.id()).doesNotContain(later.id());

        assertThatThrownBy(() -> register.retire(sw, overdue.id(), null, " "))
                .isInstanceOf(InvalidInputException.class);
        register.retire(sw, overdue.id(), null, "Condemned: chassis cracked");
        assertThat(register.require(sw, overdue.id()).status()).isEqualTo(Asset.Status.RETIRED);
        assertThat(register.retirementOf(sw.organisationId(), overdue.id()))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("Condemned: chassis cracked"));
        assertThat(inspections.due(sw, store, PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(d -> d.asset().id()).containsExactly(soon.id());
        assertThatThrownBy(() -> register.retire(sw, overdue.id(), null, "again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> faults.report(sw, new Faults.NewFault(overdue.id(), null, null, "x")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aSuggestedOrderIsApprovedByAnotherLeadAndReceiptAddsToTheLedger() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser lead = fixtures.user("lead.demo");
        UUID store = EquipmentTestData.store(jdbc, pt, "Order store");
        EquipmentTestData.reorderLevel(jdbc, store, "WALKING_STICK", 5, 20);
        ledger.receive(pt, store, "WALKING_STICK", 3, "Count");
        assertThat(orders.suggested(pt, PageRequest.first(PageRequest.MAX_SIZE)).items())
                .filteredOn(s -> s.store().id().equals(store)).singleElement()
                .satisfies(s -> assertThat(s.lines()).singleElement()
                        .satisfies(l -> assertThat(l.quantity()).isEqualTo(20)));

        PurchaseOrders.Order draft = orders.draftFromSuggestion(pt, store, null);
        assertThat(draft.status()).isEqualTo(Status.DRAFT);
        assertThat(draft.supplier()).isEqualTo(PurchaseOrders.DEFAULT_SUPPLIER);
        assertThatThrownBy(() -> orders.approve(pt, draft.id(), null))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.order-lead-only"));
        assertThatThrownBy(() -> orders.send(pt, draft.id(), null)).isInstanceOf(ConflictException.class);
        PurchaseOrders.Order approved = orders.approve(lead, draft.id(), draft.version());
        assertThatThrownBy(() -> orders.send(pt, draft.id(), draft.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.order-changed"));
        PurchaseOrders.Order sent = orders.send(pt, draft.id(), approved.version());
        UUID line = sent.lines().getFirst().id();

        assertThatThrownBy(() -> orders.receive(pt, draft.id(), null, Map.of(line, 21)))
                .isInstanceOf(InvalidInputException.class);
        PurchaseOrders.Order part = orders.receive(pt, draft.id(), null, Map.of(line, 8));
        assertThat(part.status()).isEqualTo(Status.PART_RECEIVED);
        assertThat(available(pt, store)).isEqualTo(11);
        assertThatThrownBy(() -> orders.cancel(lead, draft.id(), null, "No longer needed"))
                .isInstanceOf(ConflictException.class);
        PurchaseOrders.Order done = orders.receive(pt, draft.id(), null, Map.of(line, 12));
        assertThat(done.status()).isEqualTo(Status.RECEIVED);
        assertThat(done.lines().getFirst().receivedQuantity()).isEqualTo(20);
        assertThat(available(pt, store)).isEqualTo(23);
        assertThat(ledger.movements(pt.organisationId(), store, "WALKING_STICK", PageRequest.first(10)).items())
                .filteredOn(m -> draft.id().equals(m.purchaseOrderId())).extracting(StockLedger.Movement::quantity)
                .containsExactlyInAnyOrder(8, 12);
    }

    @Test
    void nobodyApprovesTheirOwnPurchaseOrder() {
        CurrentUser lead = fixtures.user("lead.demo");
        UUID store = EquipmentTestData.store(jdbc, lead, "Own order store");
        PurchaseOrders.Order draft = orders.draft(lead, store, "Acme Mobility",
                List.of(new PurchaseOrders.NewLine("COMMODE", 2)));
        assertThatThrownBy(() -> orders.approve(lead, draft.id(), null))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.order-own"));
        assertThat(orders.cancel(lead, draft.id(), draft.version(), "Duplicate").status()).isEqualTo(Status.CANCELLED);
        assertThatThrownBy(
                () -> orders.draft(lead, store, null, List.of(new PurchaseOrders.NewLine("MOBILE_HOIST", 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("lines[0].itemCode"));
    }

    private int available(CurrentUser user, UUID store) {
        return ledger.stockOf(user.organisationId(), store).stream()
                .filter(l -> l.item().code().equals("WALKING_STICK"))
                .findFirst().orElseThrow().available();
    }
}
