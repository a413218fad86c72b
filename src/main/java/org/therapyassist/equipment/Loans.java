package org.therapyassist.equipment;

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
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;

/**
 * Equipment lent to patients: issued from a store (counted stock through the ledger, or one asset), returned into
 * quarantine, cleaned before it goes out again. Every loan is a patient-record action, access-checked and audited.
 */
@Service
public class Loans {

    public enum Status { ON_LOAN, RETURNED }

    public record NewLoan(UUID patientId, UUID storeId, String itemCode, UUID assetId, Integer quantity, String adjustments,
            String instructions, UUID sessionRecordId, LocalDate expectedReturnOn, LocalDate reviewOn) {
    }

    public record Loan(UUID id, UUID patientId, String patientName, UUID storeId, String storeName, String itemCode,
            String itemName, UUID assetId, String assetLabel, int quantity, String adjustments, String instructions,
            String issuedByName, Instant issuedAt, LocalDate expectedReturnOn, LocalDate reviewOn, Status status,
            Instant returnedAt, String returnNote, int version) {

        public boolean overdueOn(LocalDate day) {
            return status == Status.ON_LOAN && expectedReturnOn != null && expectedReturnOn.isBefore(day);
        }
    }

    private static final String SELECT = "select l.*, p.given_name || ' ' || p.family_name as patient_name, s.name as store_name, "
            + "i.name as item_name, a.asset_label, b.given_name || ' ' || b.family_name as issued_by_name "
            + "from equipment_loan l join patient p on p.id = l.patient_id join equipment_store s on s.id = l.store_id "
            + "join equipment_item_type i on i.code = l.item_code left join equipment_asset a on a.id = l.asset_id "
            + "join staff_member b on b.id = l.issued_by ";

    private final JdbcClient jdbc;
    private final StockLedger ledger;
    private final Assets assets;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Reservations reservations;
    private final PatientAccess access;
    private final Clock clock;

    Loans(JdbcClient jdbc, StockLedger ledger, Assets assets, Stores stores, EquipmentCatalogue catalogue,
            Reservations reservations, PatientAccess access, Clock clock) {
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
        StockLedger.requireHandlesStock(user);
        LocalDate today = Time.today(clock);
        Map<String, String> errors = new HashMap<>();
        if (command.patientId() == null) {
            errors.put("patientId", "Choose the patient");
        }
        if (command.storeId() == null) {
            errors.put("storeId", "Choose the store it comes from");
        }
        if (Text.blankToNull(command.instructions()) == null || command.instructions().length() > 1000) {
            errors.put("instructions", "Say what you taught the patient or carer (1000 characters or fewer)");
        }
        if (command.adjustments() != null && command.adjustments().length() > 500) {
            errors.put("adjustments", "Adjustments must be 500 characters or fewer");
        }
        if (command.expectedReturnOn() != null && command.expectedReturnOn().isBefore(today)) {
            errors.put("expectedReturnOn", "The expected return date must be today or later");
        }
        if (command.reviewOn() != null && command.reviewOn().isBefore(today)) {
            errors.put("reviewOn", "The review date must be today or later");
        }
        ItemType item = null;
        if (Text.blankToNull(command.itemCode()) == null) {
            errors.put("itemCode", "Choose the item");
        } else {
            try {
                item = catalogue.require(command.itemCode(), "itemCode");
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        int quantity = command.quantity() == null ? 1 : command.quantity();
        if (item != null && item.isAsset()) {
            if (command.assetId() == null) {
                errors.put("assetId", "Choose which " + item.name().toLowerCase() + " (by its label)");
            }
            if (quantity != 1) {
                errors.put("quantity", "An asset is lent one at a time");
            }
        } else if (quantity < 1 || quantity > 20) {
            errors.put("quantity", "Enter a quantity from 1 to 20");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        stores.require(user.organisationId(), command.storeId());
        UUID id = Ids.newId();
        access.check(user, command.patientId(), PatientAction.LEND_EQUIPMENT, id);
        if (item.isAsset()) {
            Asset asset = assets.require(user.organisationId(), command.assetId());
            if (!asset.itemCode().equals(item.code()) || !asset.storeId().equals(command.storeId())) {
                throw new InvalidInputException(Map.of("assetId", "That asset is not a " + item.name().toLowerCase() + " in this store"));
            }
            if (asset.inspectionOverdueOn(today)) {
                throw new RefusedException("equipment.inspection-overdue", asset.label() + " is past its "
                        + (item.inspectionRegime() == ItemType.InspectionRegime.LOLER ? "LOLER thorough examination" : "safety test")
                        + " (due " + asset.nextInspectionDue() + ") and must not be used until it passes.");
            }
            if (asset.status() != Asset.Status.AVAILABLE) {
                throw new RefusedException("equipment.asset-not-available", asset.label() + " is "
                        + asset.status().name().toLowerCase().replace('_', ' ') + " and cannot be lent.");
            }
            reservations.requireAssetFreeFor(user.organisationId(), asset.id(), command.patientId(), today,
                    command.expectedReturnOn() == null ? today : command.expectedReturnOn());
            assets.changeStatus(asset, Asset.Status.ON_LOAN);
        } else {
            reservations.requireStockFreeFor(user.organisationId(), command.storeId(), item.code(), quantity, command.patientId(), today);
            ledger.issue(user, command.storeId(), item.code(), quantity, id);
        }
        jdbc.sql("insert into equipment_loan (id, organisation_id, patient_id, store_id, item_code, asset_id, quantity, adjustments, "
                        + "instructions, session_record_id, issued_by, issued_at, expected_return_on, review_on, status) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ON_LOAN')")
                .params(id, user.organisationId(), command.patientId(), command.storeId(), item.code(),
                        item.isAsset() ? command.assetId() : null, quantity, Text.blankToNull(command.adjustments()),
                        command.instructions().strip(), command.sessionRecordId(), user.staffId(), Time.db(clock.instant()),
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
        if (note != null && note.length() > 500) {
            throw new InvalidInputException(Map.of("note", "The note must be 500 characters or fewer"));
        }
        int updated = jdbc.sql("update equipment_loan set status = 'RETURNED', returned_at = ?, returned_by = ?, return_note = ?, "
                        + "version = version + 1 where id = ? and status = 'ON_LOAN' and version = ?")
                .params(Time.db(clock.instant()), user.staffId(), Text.blankToNull(note), loanId, loan.version()).update();
        if (updated == 0) {
            throw new ConflictException("equipment.loan-already-returned", "This loan has already been returned.");
        }
        if (loan.assetId() != null) {
            Asset asset = assets.require(user.organisationId(), loan.assetId());
            // Quarantined while out (a fault reported at home, a failed inspection): it stays quarantined until repaired
            // and re-inspected; otherwise it waits to be cleaned.
            if (asset.status() == Asset.Status.ON_LOAN) {
                assets.changeStatus(asset, Asset.Status.NEEDS_CLEANING);
            }
        } else {
            ledger.returned(user, loan.storeId(), loan.itemCode(), loan.quantity(), loanId);
        }
        return require(user.organisationId(), loanId);
    }

    /** A returned asset cleaned and decontaminated: available again (an overdue inspection still stops it being lent). */
    @Transactional
    public void assetCleaned(CurrentUser user, UUID assetId) {
        StockLedger.requireHandlesStock(user);
        Asset asset = assets.require(user.organisationId(), assetId);
        if (asset.status() != Asset.Status.NEEDS_CLEANING) {
            throw new ConflictException("equipment.asset-not-awaiting-cleaning", asset.label() + " is not waiting to be cleaned.");
        }
        assets.changeStatus(asset, Asset.Status.AVAILABLE);
    }

    /** What the patient has at home now (and what came back), newest first. */
    @Transactional
    public List<Loan> ofPatient(CurrentUser user, UUID patientId) {
        access.check(user, patientId, PatientAction.VIEW_RECORD, patientId);
        return list("where l.organisation_id = ? and l.patient_id = ? order by l.status, l.issued_at desc",
                user.organisationId(), patientId);
    }

    /** For a record view that has already checked and audited access to the patient (as other modules' forPatient). */
    @Transactional(readOnly = true)
    public List<Loan> forPatient(UUID organisationId, UUID patientId) {
        return list("where l.organisation_id = ? and l.patient_id = ? order by l.status, l.issued_at desc", organisationId, patientId);
    }

    /** Items still out after their expected return date, oldest first, for follow-up. */
    @Transactional(readOnly = true)
    public List<Loan> overdue(CurrentUser user) {
        StockLedger.requireHandlesStock(user);
        return list("where l.organisation_id = ? and l.status = 'ON_LOAN' and l.expected_return_on < ? order by l.expected_return_on",
                user.organisationId(), Time.today(clock));
    }

    public Loan require(UUID organisationId, UUID loanId) {
        List<Loan> found = list("where l.organisation_id = ? and l.id = ?", organisationId, loanId);
        if (found.isEmpty()) {
            throw new NotFoundException("equipment.loan-not-found", "There is no such loan.");
        }
        return found.getFirst();
    }

    private List<Loan> list(String where, Object... params) {
        return jdbc.sql(SELECT + where).params(params).query(Loans::map).list();
    }

    private static Loan map(ResultSet rs, int n) throws SQLException {
        return new Loan(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class), rs.getString("patient_name"),
                rs.getObject("store_id", UUID.class), rs.getString("store_name"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getObject("asset_id", UUID.class), rs.getString("asset_label"),
                rs.getInt("quantity"), rs.getString("adjustments"), rs.getString("instructions"), rs.getString("issued_by_name"),
                Time.instant(rs.getObject("issued_at", OffsetDateTime.class)), rs.getObject("expected_return_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), Status.valueOf(rs.getString("status")),
                Time.instant(rs.getObject("returned_at", OffsetDateTime.class)), rs.getString("return_note"), rs.getInt("version"));
    }
}
