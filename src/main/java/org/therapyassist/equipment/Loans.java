package org.therapyassist.equipment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.StaffNames;

/**
 * Equipment lent to patients: issued from a store (counted stock through the ledger, or one asset), returned into
 * quarantine, cleaned before it goes out again. Every loan is a patient-record action, access-checked and audited.
 */
@Service
public class Loans {

    public enum Status { ON_LOAN, RETURNED }

    @Schema(name = "NewLoan", description = "An asset (assetId) or counted stock (quantity, default 1) of an item")
    public record NewLoan(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID patientId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID storeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String itemCode, UUID assetId, Integer quantity,
            @Schema(maxLength = 500) String adjustments,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000, description = "What you taught the patient or carer") String instructions,
            UUID sessionRecordId, LocalDate expectedReturnOn, LocalDate reviewOn) {
    }

    public record Loan(UUID id, UUID patientId, String patientName, UUID storeId, String storeName, String itemCode,
            String itemName, UUID assetId, String assetLabel, int quantity, String adjustments, String instructions,
            String issuedByName, Instant issuedAt, LocalDate expectedReturnOn, LocalDate reviewOn, Status status,
            Instant returnedAt, String returnNote, int version) {

        public boolean overdueOn(LocalDate day) {
            return status == Status.ON_LOAN && expectedReturnOn != null && expectedReturnOn.isBefore(day);
        }
    }

    private final JdbcClient jdbc;
    private final StockLedger ledger;
    private final Assets assets;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Reservations reservations;
    private final PatientAccess access;
    private final VisitRecords visits;
    private final Clock clock;

    private final CommandGuard guard;
    private final StaffNames names;
    private final LoanQueries queries;

    Loans(JdbcClient jdbc, StockLedger ledger, Assets assets, Stores stores, EquipmentCatalogue catalogue,
            Reservations reservations, PatientAccess access, VisitRecords visits, CommandGuard guard, Clock clock,
            StaffNames names, LoanQueries queries) {
        this.names = names;
        this.queries = queries;
        this.guard = guard;
        this.visits = visits;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.assets = assets;
        this.stores = stores;
        this.catalogue = catalogue;
        this.reservations = reservations;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Loan issue(CurrentUser user, NewLoan command) {
        LocalDate today = Time.today(clock);
        Map<String, String> errors = new HashMap<>();
        ItemType item = null;
        if (Text.blankToNull(command.itemCode()) == null) {
            errors.put("itemCode", Messages.text("equipment.field.item.blank"));
        } else {
            try {
                item = catalogue.require(command.itemCode(), "itemCode");
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        errors.putAll(LoanRules.problems(command, item, today));
        int quantity = LoanRules.quantity(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Who may lend depends on what is lent: a walking aid (its height set, its use taught) from the senior stage
        // with
        // 3.03, minor equipment with 3.12; hoists, slings, wheelchairs and beds only by registrants and equipment
        // leads.
        guard.check(user, Command.LEND_EQUIPMENT, item.category());
        stores.require(user.organisationId(), command.storeId());
        UUID id = Ids.newId();
        access.check(user, command.patientId(), PatientAction.LEND_EQUIPMENT, id);
        if (command.sessionRecordId() != null
                && !visits.isVisitTo(user.organisationId(), command.sessionRecordId(), command.patientId())) {
            throw new InvalidInputException(
                    Map.of("sessionRecordId", Messages.text("equipment.field.session-record")));
        }
        if (item.isAsset()) {
            Asset asset = assets.require(user.organisationId(), command.assetId());
            asset.requireLendableAs(item, command.storeId(), today);
            reservations.requireAssetFreeFor(user.organisationId(), asset.id(), command.patientId(), today,
                    command.expectedReturnOn() == null ? today : command.expectedReturnOn());
            assets.changeStatus(asset, Asset.Status.ON_LOAN);
        } else {
            reservations.requireStockFreeFor(user.organisationId(), command.storeId(), item.code(), quantity,
                    command.patientId(), today);
            ledger.issue(user, command.storeId(), item.code(), quantity, id);
        }
        jdbc.sql(
                "insert into equipment_loan (id, organisation_id, patient_id, store_id, item_code, asset_id, quantity, adjustments, "
                        + "instructions, session_record_id, issued_by, issued_at, expected_return_on, review_on, status) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ON_LOAN')")
                .params(id, user.organisationId(), command.patientId(), command.storeId(), item.code(),
                        item.isAsset() ? command.assetId() : null, quantity, Text.blankToNull(command.adjustments()),
                        command.instructions().strip(), command.sessionRecordId(), user.staffId(),
                        Time.db(clock.instant()),
                        command.expectedReturnOn(), command.reviewOn())
                .update();
        reservations.fulfil(user.organisationId(), command.patientId(), item.code(), command.storeId());
        return require(user.organisationId(), id);
    }

    /** Back from the patient's home: into quarantine (stock) or needing cleaning (asset); never straight back out. */
    @Transactional
    public Loan returned(CurrentUser user, UUID loanId, String note) {
        StockLedger.requireHandlesStock(user);
        Loan loan = require(user.organisationId(), loanId);
        access.check(user, loan.patientId(), PatientAction.RETURN_EQUIPMENT, loanId);
        if (!LoanRules.mayReturn(loan.status())) {
            throw new ConflictException("equipment.loan-already-returned",
                    Messages.text("equipment.refusal.loan-returned"));
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInputException(Map.of("note", Messages.text("equipment.field.note.long")));
        }
        int updated = jdbc.sql(
                "update equipment_loan set status = 'RETURNED', returned_at = ?, returned_by = ?, return_note = ?, "
                        + "version = version + 1 where id = ? and status = 'ON_LOAN' and version = ?")
                .params(Time.db(clock.instant()), user.staffId(), Text.blankToNull(note), loanId, loan.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("equipment.loan-already-returned",
                    Messages.text("equipment.refusal.loan-returned"));
        }
        if (loan.assetId() != null) {
            Asset asset = assets.require(user.organisationId(), loan.assetId());
            // Quarantined while out (a fault reported at home, a failed inspection): it stays quarantined until
            // repaired
            // and re-inspected; otherwise it waits to be cleaned.
            if (asset.status() == Asset.Status.ON_LOAN) {
                assets.changeStatus(asset, Asset.Status.NEEDS_CLEANING);
            }
        } else {
            ledger.returned(user, loan.storeId(), loan.itemCode(), loan.quantity(), loanId);
        }
        return require(user.organisationId(), loanId);
    }

    /** Who cleaned a returned asset, when and how. */
    @Schema(name = "CleaningRecord")
    public record Cleaning(UUID id, UUID assetId, UUID loanId, String method, String cleanedByName, Instant cleanedAt) {
    }

    /**
     * A returned asset cleaned and decontaminated, recorded with who, when and how: only then is it available again
     * (an overdue inspection still stops it being lent).
     */
    @Transactional
    public Cleaning assetCleaned(CurrentUser user, UUID assetId, String method) {
        StockLedger.requireHandlesStock(user);
        String how = Text.blankToNull(method);
        if (how != null && how.length() > 300) {
            throw new InvalidInputException(Map.of("method", Messages.text("equipment.field.method.long")));
        }
        Asset asset = assets.require(user.organisationId(), assetId);
        if (asset.status() != Asset.Status.NEEDS_CLEANING) {
            throw new ConflictException("equipment.asset-not-awaiting-cleaning",
                    Messages.text("equipment.refusal.not-awaiting-cleaning", asset.label()));
        }
        assets.changeStatus(asset, Asset.Status.AVAILABLE);
        UUID lastLoan = jdbc.sql("select id from equipment_loan where asset_id = ? and status = 'RETURNED' "
                + "order by returned_at desc limit 1")
                .param(assetId).query(UUID.class).optional().orElse(null);
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into equipment_cleaning (id, organisation_id, asset_id, loan_id, method, cleaned_by, cleaned_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), assetId, lastLoan, how, user.staffId(), Time.db(clock.instant()))
                .update();
        return cleaningsOf(user.organisationId(), assetId).getFirst();
    }

    /** An asset's cleaning record, newest first. */
    @Transactional(readOnly = true)
    public Page<Cleaning> cleaningsOf(UUID organisationId, UUID assetId, PageRequest page) {
        return names.complete(organisationId, PagedQuery.of(jdbc, page, "select c.id, c.asset_id, c.loan_id, c.method, "
                + "c.cleaned_by, c.cleaned_at",
                "from equipment_cleaning c where c.organisation_id = ? and c.asset_id = ?",
                "c.cleaned_at desc, c.id desc", Loans::cleaning, organisationId, assetId));
    }

    public List<Cleaning> cleaningsOf(UUID organisationId, UUID assetId) {
        return names.complete(organisationId,
                jdbc.sql("select c.id, c.asset_id, c.loan_id, c.method, c.cleaned_by, c.cleaned_at "
                        + "from equipment_cleaning c where c.organisation_id = ? and c.asset_id = ? "
                        + "order by c.cleaned_at desc, c.id desc")
                        .params(organisationId, assetId)
                        .query(Loans::cleaning)
                        .list());
    }

    /** What the patient has at home now (and what came back), newest first. */
    @Transactional
    public Page<Loan> ofPatient(CurrentUser user, UUID patientId, PageRequest page) {
        access.check(user, patientId, PatientAction.VIEW_RECORD, patientId);
        return queries.page(user.organisationId(), page, "and l.patient_id = ?", "l.status, l.issued_at desc, l.id",
                patientId);
    }

    /** A patient's loans, those still out first then newest, a page at a time; access already checked. */
    @Transactional(readOnly = true)
    public Page<Loan> forPatient(UUID organisationId, UUID patientId, PageRequest page) {
        return queries.page(organisationId, page, "and l.patient_id = ?", "l.status, l.issued_at desc, l.id",
                patientId);
    }

    /** For a record view that has already checked and audited access to the patient (as other modules' forPatient). */
    @Transactional(readOnly = true)
    public List<Loan> forPatient(UUID organisationId, UUID patientId) {
        return queries.list(organisationId, "and l.patient_id = ? order by l.status, l.issued_at desc", patientId);
    }

    /** What was lent at one visit; the caller has already checked access to the patient the visit was with. */
    @Transactional(readOnly = true)
    public List<Loan> lentAtVisit(UUID organisationId, UUID sessionRecordId) {
        return queries.list(organisationId, "and l.session_record_id = ? order by l.issued_at", sessionRecordId);
    }

    /** Items still out after their expected return date, oldest first, for follow-up. */
    @Transactional(readOnly = true)
    public Page<Loan> overdue(CurrentUser user, PageRequest page) {
        StockLedger.requireHandlesStock(user);
        return queries.page(user.organisationId(), page, "and l.status = 'ON_LOAN' and l.expected_return_on < ?",
                "l.expected_return_on, l.id", Time.today(clock));
    }

    public Loan require(UUID organisationId, UUID loanId) {
        List<Loan> found = queries.list(organisationId, "and l.id = ?", loanId);
        if (found.isEmpty()) {
            throw new NotFoundException("equipment.loan-not-found", Messages.text("equipment.refusal.loan-not-found"));
        }
        return found.getFirst();
    }

    private static StaffNames.Awaiting<Cleaning> cleaning(ResultSet rs, int n) throws SQLException {
        UUID cleanedBy = rs.getObject(5, UUID.class);
        Cleaning bare = new Cleaning(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4), null, Time.instant(rs.getObject(6, OffsetDateTime.class)));
        return StaffNames.awaiting(name -> new Cleaning(bare.id(), bare.assetId(), bare.loanId(), bare.method(),
                name.person(cleanedBy), bare.cleanedAt()), cleanedBy);
    }
}
