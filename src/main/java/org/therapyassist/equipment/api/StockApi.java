package org.therapyassist.equipment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.equipment.Bin;
import org.therapyassist.equipment.EquipmentCatalogue;
import org.therapyassist.equipment.InspectionReports;
import org.therapyassist.equipment.ItemType;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.Reservations;
import org.therapyassist.equipment.StockLedger;
import org.therapyassist.equipment.Store;
import org.therapyassist.equipment.Stores;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Equipment: stock and loans", description = "Catalogue, stores, the stock ledger, loans to patients, returns, "
        + "cleaning and reservations")
class StockApi {

    private final EquipmentCatalogue catalogue;
    private final Stores stores;
    private final StockLedger ledger;
    private final Loans loans;
    private final Reservations reservations;

    private final InspectionReports reports;

    StockApi(EquipmentCatalogue catalogue, Stores stores, StockLedger ledger, Loans loans, Reservations reservations,
            InspectionReports reports) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.stores = stores;
        this.ledger = ledger;
        this.loans = loans;
        this.reservations = reservations;
    }

    @GetMapping("/api/v1/equipment/items")
    @Operation(summary = "The equipment catalogue: item types, asset or counted stock, inspection regime")
    @BoundedList("the national equipment catalogue, a fixed list of item types changed only by a release")
    List<ItemType> items() {
        return catalogue.all();
    }

    @GetMapping("/api/v1/equipment/stores")
    @Operation(summary = "The organisation's stores")
    ResponseEntity<List<Store>> stores(CurrentUser me, PageRequest page) {
        return PagedResponses.of(stores.of(me.organisationId(), page));
    }

    @GetMapping("/api/v1/equipment/stores/{id}/stock")
    @Operation(summary = "Counted stock in a store: available, in quarantine (awaiting cleaning), reorder level")
    @BoundedList("one line per counted item type of the national equipment catalogue that the store holds or has a level for")
    List<StockLedger.StockLine> stock(CurrentUser me, @PathVariable UUID id) {
        return ledger.stockOf(me.organisationId(), id);
    }

    @GetMapping("/api/v1/equipment/stores/{id}/movements")
    @Operation(summary = "The store's ledger, newest first (every receipt, transfer, adjustment, write-off, issue, return, cleaning)")
    ResponseEntity<List<StockLedger.Movement>> movements(CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) String itemCode, PageRequest page) {
        return PagedResponses.of(ledger.movements(me.organisationId(), id, itemCode, page));
    }

    @Performs(Command.MOVE_STOCK)
    @PostMapping("/api/v1/equipment/movements")
    @Operation(summary = "Record a receipt, adjustment (signed quantity), write-off, transfer or cleaning; a reason is "
            + "required for adjustments and write-offs. 409 when it would take a figure below zero.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses({404, 409})
    ResponseEntity<Void> move(CurrentUser me, @Valid @RequestBody MovementBody body) {
        switch (body.kind()) {
            case RECEIVE -> ledger.receive(me, body.storeId(), body.itemCode(), body.quantity(), body.reason());
            case ADJUST -> ledger.adjust(me, body.storeId(), body.itemCode(), body.quantity(), body.reason());
            case WRITE_OFF ->
                ledger.writeOff(me, body.storeId(), body.itemCode(), body.quantity(), body.bin(), body.reason());
            case TRANSFER -> {
                if (body.toStoreId() == null) {
                    throw new InvalidInputException(
                            Map.of("toStoreId", Messages.text("equipment.store.move.to.blank")));
                }
                ledger.transfer(me, body.storeId(), body.toStoreId(), body.itemCode(), body.quantity(), body.reason());
            }
            case CLEANED -> ledger.cleaned(me, body.storeId(), body.itemCode(), body.quantity(), body.reason());
        }
        return ResponseEntity.noContent().build();
    }

    @Performs(Command.LEND_EQUIPMENT)
    @PostMapping("/api/v1/equipment/loans")
    @Operation(summary = "Lend equipment to a patient (from a session record or on its own). Refused: asset past its "
            + "inspection (equipment.inspection-overdue) or not available; 409 when stock ran out or it is booked")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409, 422})
    ResponseEntity<Loans.Loan> lend(CurrentUser me, @RequestBody Loans.NewLoan body) {
        return ResponseEntity.status(201).body(loans.issue(me, body));
    }

    @GetMapping("/api/v1/equipment/loans")
    @Operation(summary = "Loans of one patient (patientId), or overdue returns for follow-up (overdue=true)")
    ResponseEntity<List<Loans.Loan>> loans(CurrentUser me, @RequestParam(required = false) UUID patientId,
            @RequestParam(defaultValue = "false") boolean overdue, PageRequest page) {
        if (patientId != null) {
            return PagedResponses.of(loans.ofPatient(me, patientId, page));
        }
        if (!overdue) {
            throw new InvalidInputException(Map.of("patientId", Messages.text("equipment.api.loans.filter")));
        }
        return PagedResponses.of(loans.overdue(me, page));
    }

    @Performs(Command.RETURN_EQUIPMENT)
    @PostMapping("/api/v1/equipment/loans/{id}/return")
    @Operation(summary = "Record a return: stock goes into quarantine, an asset needs cleaning; 409 if already returned")
    @ProblemResponses(409)
    Loans.Loan returned(CurrentUser me, @PathVariable UUID id, @RequestBody(required = false) ReturnBody body) {
        return loans.returned(me, id, body == null ? null : body.note());
    }

    @Performs(Command.RECORD_CLEANING)
    @PostMapping("/api/v1/equipment/assets/{id}/cleaned")
    @Operation(summary = "A returned asset has been cleaned and decontaminated (who and when are recorded; say how)")
    @ProblemResponses(409)
    Loans.Cleaning assetCleaned(CurrentUser me, @PathVariable UUID id,
            @RequestBody(required = false) CleaningBody body) {
        return loans.assetCleaned(me, id, body == null ? null : body.method());
    }

    @Schema(name = "AssetCleaning")
    record CleaningBody(
            @Schema(description = "How it was cleaned, e.g. detergent wipe then chlorine 1,000 ppm") String method) {
    }

    @Performs(Command.RESERVE_EQUIPMENT)
    @PostMapping("/api/v1/equipment/reservations")
    @Operation(summary = "Book an asset or stock for future days; 409 when it is already booked or not enough is free")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<Reservations.Reservation> reserve(CurrentUser me, @RequestBody Reservations.NewReservation body) {
        return ResponseEntity.status(201).body(reservations.reserve(me, body));
    }

    @GetMapping("/api/v1/equipment/stores/{id}/reservations")
    @Operation(summary = "Active bookings in a store from today on")
    ResponseEntity<List<Reservations.Reservation>> reservations(CurrentUser me, @PathVariable UUID id,
            PageRequest page) {
        return PagedResponses.of(reservations.ofStore(me.organisationId(), id, page));
    }

    @Performs(Command.RESERVE_EQUIPMENT)
    @PostMapping("/api/v1/equipment/reservations/{id}/cancel")
    @Operation(summary = "Cancel a booking; 409 when it is no longer active")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> cancel(CurrentUser me, @PathVariable UUID id) {
        reservations.cancel(me, id);
        return ResponseEntity.noContent().build();
    }

    @Performs(Command.RECORD_EXAMINATION)
    @PostMapping(value = "/api/v1/equipment/inspections/{id}/report", consumes = "multipart/form-data")
    @io.swagger.v3.oas.annotations.Operation(summary = "Attach the examiner's report (PDF, PNG or JPEG, checked by content) to "
            + "an inspection; download it from GET /api/v1/equipment/reports/{reportId}")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({409, 422})
    ResponseEntity<InspectionReports.Report> report(CurrentUser me, @PathVariable UUID id,
            @RequestParam(name = "report", required = false) MultipartFile report) {
        return ResponseEntity.status(201).body(reports.attach(me, id, report));
    }

    @Performs(Command.OPEN_STORE)
    @PostMapping("/api/v1/equipment/stores")
    @io.swagger.v3.oas.annotations.Operation(summary = "A team lead opens a store (409 if the name is taken)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<Store> openStore(CurrentUser me, @RequestBody NewStore body) {
        return ResponseEntity.status(201).body(stores.open(me, body.teamId(), body.name(), body.kind()));
    }

    @Performs(Command.SET_REORDER_LEVEL)
    @org.springframework.web.bind.annotation.PutMapping("/api/v1/equipment/stores/{id}/levels/{itemCode}")
    @io.swagger.v3.oas.annotations.Operation(summary = "A team lead sets when a counted item is reordered in a store, and how many")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> level(CurrentUser me, @PathVariable UUID id, @PathVariable String itemCode,
            @RequestBody LevelBody body) {
        stores.setReorderLevel(me, id, catalogue.require(itemCode, "itemCode"), body.reorderLevel(),
                body.reorderQuantity());
        return ResponseEntity.noContent().build();
    }

    record NewStore(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID teamId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Store.Kind kind) {
    }

    @Schema(name = "ReorderLevel")
    record LevelBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "1000") Integer reorderLevel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "1000") Integer reorderQuantity) {
    }

    enum Kind { RECEIVE, ADJUST, WRITE_OFF, TRANSFER, CLEANED }

    @Schema(name = "StockMovement")
    record MovementBody(@NotNull(message = "{equipment.store.move.kind.blank}") Kind kind,
            @NotNull(message = "{equipment.field.store.blank}") UUID storeId, UUID toStoreId,
            @NotNull(message = "{equipment.field.item.blank}") String itemCode,
            @NotNull(message = "{equipment.store.move.quantity.blank}") Integer quantity, Bin bin, String reason) {
    }

    @Schema(name = "LoanReturn")
    record ReturnBody(@Schema(maxLength = 500) String note) {
    }

}
