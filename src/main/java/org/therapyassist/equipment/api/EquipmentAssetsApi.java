package org.therapyassist.equipment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.AssetRegister;
import org.therapyassist.equipment.Examiners;
import org.therapyassist.equipment.Faults;
import org.therapyassist.equipment.InspectionRules;
import org.therapyassist.equipment.Inspections;
import org.therapyassist.equipment.Loans;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Equipment assets", description = "The asset register, safety inspections (LOLER, electrical) and faults")
class EquipmentAssetsApi {

    private final AssetRegister register;
    private final Inspections inspections;
    private final Faults faults;
    private final Clock clock;

    private final Loans loans;

    private final Examiners examiners;

    EquipmentAssetsApi(AssetRegister register, Inspections inspections, Faults faults, Loans loans, Examiners examiners,
            Clock clock) {
        this.examiners = examiners;
        this.loans = loans;
        this.register = register;
        this.inspections = inspections;
        this.faults = faults;
        this.clock = clock;
    }

    @GetMapping("/api/v1/equipment/assets")
    @Operation(summary = "The assets in a store, with status and when each is next due for inspection")
    @ProblemResponses(404)
    ResponseEntity<List<AssetView>> inStore(CurrentUser me,
            @Parameter(description = "The store") @RequestParam UUID storeId,
            PageRequest page) {
        return PagedResponses.of(register.inStore(me, storeId, page).map(l -> AssetView.of(l.asset(), l.due())));
    }

    @Performs(Command.ADD_ASSET)
    @PostMapping("/api/v1/equipment/assets")
    @Operation(summary = "Add an asset (a type tracked one by one); the label must be unique in the organisation (409 if taken)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<AssetView> add(CurrentUser me, @Valid @RequestBody NewAsset body) {
        Asset asset = register.add(me,
                new AssetRegister.NewAsset(body.itemCode(), body.storeId(), body.label(), body.serialNumber()));
        return ResponseEntity.status(201).body(view(asset));
    }

    @GetMapping("/api/v1/equipment/assets/{id}")
    @Operation(summary = "An asset with its latest " + RECENT
            + " inspections, faults and cleanings (newest first) and how "
            + "many there are of each; the whole histories are paged at /inspections, /faults and /cleanings")
    AssetDetail show(CurrentUser me, @PathVariable UUID id) {
        Asset asset = register.require(me, id);
        PageRequest recent = PageRequest.first(RECENT);
        var inspected = inspections.history(me.organisationId(), id, recent);
        var faulted = faults.ofAsset(me.organisationId(), id, recent);
        var cleaned = loans.cleaningsOf(me.organisationId(), id, recent);
        return new AssetDetail(view(asset),
                register.retirementOf(me.organisationId(), id).map(AssetRegister.Retirement::reason).orElse(null),
                inspected.items(), faulted.items(), cleaned.items(), inspected.total(), faulted.total(),
                cleaned.total());
    }

    static final int RECENT = 20;

    @GetMapping("/api/v1/equipment/assets/{id}/inspections")
    @Operation(summary = "An asset's inspections, newest first")
    ResponseEntity<List<Inspections.Inspection>> inspectionsOf(CurrentUser me, @PathVariable UUID id,
            PageRequest page) {
        register.require(me, id);
        return PagedResponses.of(inspections.history(me.organisationId(), id, page));
    }

    @GetMapping("/api/v1/equipment/assets/{id}/faults")
    @Operation(summary = "An asset's faults, open and repaired, newest first")
    ResponseEntity<List<Faults.Fault>> faultsOf(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        register.require(me, id);
        return PagedResponses.of(faults.ofAsset(me.organisationId(), id, page));
    }

    @GetMapping("/api/v1/equipment/assets/{id}/cleanings")
    @Operation(summary = "An asset's cleaning record, newest first")
    ResponseEntity<List<Loans.Cleaning>> cleaningsOf(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        register.require(me, id);
        return PagedResponses.of(loans.cleaningsOf(me.organisationId(), id, page));
    }

    @Performs(Command.RETIRE_ASSET)
    @PostMapping("/api/v1/equipment/assets/{id}/retire")
    @Operation(summary = "Retire an asset for good, with the reason; it is never deleted (409 if on loan, retired or changed)")
    @ProblemResponses(409)
    AssetView retire(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Retire body) {
        return view(register.retire(me, id, body.version(), body.reason()));
    }

    @GetMapping("/api/v1/equipment/inspections")
    @Operation(summary = "Assets overdue or due for inspection within 30 days, for a store or the whole organisation")
    @ProblemResponses(404)
    ResponseEntity<List<DueView>> due(CurrentUser me,
            @Parameter(description = "A store, or none for all") @RequestParam(required = false) UUID storeId,
            PageRequest page) {
        return PagedResponses.of(inspections.due(me, storeId, page)
                .map(d -> new DueView(AssetView.of(d.asset(), d.due()), d.storeName())));
    }

    @Performs(Command.RECORD_EXAMINATION)
    @PostMapping("/api/v1/equipment/inspections")
    @Operation(summary = "Record a thorough examination (LOLER) or electrical test by a competent person from the "
            + "examiners list (equipment leads and team leads record them). A fail quarantines the asset and opens a fault; "
            + "a pass returns a quarantined asset to service, and is refused (422 equipment.fault-open) while a fault is "
            + "open, so the repair must be recorded first")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409, 422})
    ResponseEntity<Inspections.Inspection> record(CurrentUser me, @Valid @RequestBody NewInspection body) {
        Inspections.Inspection created = inspections.record(me, body.assetId(),
                new Inspections.NewInspection(body.inspectedOn(),
                        body.result(), body.findings(), body.examinerId(), Boolean.TRUE.equals(body.dangerousDefect()),
                        body.nextDueOn(), body.version()));
        return ResponseEntity.status(201).body(created);
    }

    @GetMapping("/api/v1/equipment/faults")
    @Operation(summary = "Open faults, newest first")
    ResponseEntity<List<Faults.Fault>> openFaults(CurrentUser me, PageRequest page) {
        return PagedResponses.of(faults.open(me, page));
    }

    @Performs(Command.REPORT_FAULT)
    @PostMapping("/api/v1/equipment/faults")
    @Operation(summary = "Report a fault on an asset (quarantined at once) or on a type of stock; optionally from a patient's home")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<Faults.Fault> report(CurrentUser me, @Valid @RequestBody NewFault body) {
        return ResponseEntity.status(201).body(faults.report(me, new Faults.NewFault(body.assetId(), body.itemCode(),
                body.patientId(), body.description())));
    }

    @Performs(Command.MARK_FAULT_REPAIRED)
    @PostMapping("/api/v1/equipment/faults/{id}/repaired")
    @Operation(summary = "Mark a fault repaired; the asset stays quarantined until an inspection passes (409 if not open)")
    @ProblemResponses({409, 422})
    Faults.Fault repaired(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Repaired body) {
        return faults.repaired(me, id, body.resolution());
    }

    @GetMapping("/api/v1/equipment/examiners")
    @Operation(summary = "The competent people who may examine equipment: equipment leads and named external examiners")
    ResponseEntity<List<Examiners.Examiner>> examinerList(CurrentUser me, PageRequest page) {
        return PagedResponses.of(examiners.active(me.organisationId(), page));
    }

    @Performs(Command.NAME_EXAMINER)
    @PostMapping("/api/v1/equipment/examiners")
    @Operation(summary = "Name an equipment lead (staffId) or add an external examiner (name, company, reference); team leads only")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Examiners.Examiner> addExaminer(CurrentUser me, @Valid @RequestBody NewExaminer body) {
        Examiners.Examiner added = body.staffId() != null
                ? examiners.nameEquipmentLead(me, body.staffId())
                : examiners.addExternal(me, new Examiners.NewExternal(body.name(), body.company(), body.reference()));
        return ResponseEntity.status(201).body(added);
    }

    @Performs(Command.NAME_EXAMINER)
    @PostMapping("/api/v1/equipment/examiners/{id}/remove")
    @Operation(summary = "Take an examiner off the list; their past examinations still name them")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeExaminer(CurrentUser me, @PathVariable UUID id) {
        examiners.remove(me, id);
        return ResponseEntity.noContent().build();
    }

    private AssetView view(Asset asset) {
        return AssetView.of(asset, asset.status() == Asset.Status.RETIRED
                ? InspectionRules.Due.NOT_REQUIRED
                : InspectionRules.classify(asset.nextInspectionDue(), Time.today(clock)));
    }

    /**
     * @param standing
     *            how the asset reads to someone about to use it: its status, but never "available" when its
     *            examination is overdue ({@code EXAMINATION_OVERDUE}: do not use)
     */
    record AssetView(UUID id, String itemCode, String itemName, UUID storeId, String label, String serialNumber,
            Asset.Status status, InspectionRules.Standing standing, LocalDate nextInspectionDue,
            InspectionRules.Due inspection, int version) {

        static AssetView of(Asset a, InspectionRules.Due due) {
            return new AssetView(a.id(), a.itemCode(), a.itemName(), a.storeId(), a.label(), a.serialNumber(),
                    a.status(),
                    InspectionRules.standing(a.status(), due), a.nextInspectionDue(), due, a.version());
        }
    }

    record AssetDetail(AssetView asset, String retiredReason, List<Inspections.Inspection> inspections,
            List<Faults.Fault> faults,
            List<Loans.Cleaning> cleanings, long inspectionCount, long faultCount, long cleaningCount) {
    }

    @Schema(name = "InspectionDue")
    record DueView(AssetView asset, String storeName) {
    }

    record NewAsset(@NotNull(message = "{equipment.field.type.blank}") String itemCode,
            @NotNull(message = "{equipment.field.store.kept}") UUID storeId,
            @NotNull(message = "{equipment.field.label.blank}") @Size(max = 40, message = "{equipment.api.label.long}") String label,
            @Size(max = 80, message = "{equipment.field.serial.long}") String serialNumber) {
    }

    @Schema(name = "AssetRetirement")
    record Retire(
            @NotNull(message = "{equipment.api.retire.blank}") @Size(max = 500, message = "{equipment.field.reason.long}") String reason,
            Integer version) {
    }

    record NewInspection(@NotNull(message = "{equipment.api.asset.blank}") UUID assetId,
            @NotNull(message = "{equipment.field.inspected.blank}") LocalDate inspectedOn,
            @NotNull(message = "{equipment.field.result.blank}") InspectionRules.Result result,
            @Size(max = 1000, message = "{equipment.field.findings.long}") String findings,
            @NotNull(message = "{equipment.api.examiner.blank}") UUID examinerId,
            Boolean dangerousDefect, LocalDate nextDueOn,
            @NotNull(message = "{equipment.api.version.blank}") Integer version) {
    }

    /** Either a member of staff to name as an equipment lead, or an external examiner's name and company. */
    record NewExaminer(UUID staffId,
            @Size(max = 200, message = "{equipment.api.name.long}") String name,
            @Size(max = 200, message = "{equipment.api.company.long}") String company,
            @Size(max = 200, message = "{equipment.field.reference.long}") String reference) {
    }

    @Schema(description = "A fault on an asset (assetId) or on a type of stock (itemCode)")
    record NewFault(UUID assetId, String itemCode, UUID patientId,
            @NotNull(message = "{equipment.api.fault.blank}") @Size(max = 1000, message = "{equipment.field.fault.long}") String description) {
    }

    @Schema(name = "FaultRepair")
    record Repaired(
            @NotNull(message = "{equipment.api.resolution.blank}") @Size(max = 1000, message = "{equipment.api.resolution.long}") String resolution) {
    }
}
