package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.patients.PatientRecords;
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
 * Faults on equipment, reported by anyone who handles it, from the store or a patient's home. A fault on an asset
 * takes it out of service at once; marking it repaired leaves it quarantined until an inspection passes.
 */
@Service
public class Faults {

    public enum Status { OPEN, REPAIRED, WRITTEN_OFF }

    public record NewFault(UUID assetId, String itemCode, UUID patientId, String description) {
    }

    public record Fault(UUID id, UUID assetId, String assetLabel, String itemCode, String itemName, UUID patientId,
            String description, String reportedByName, Instant reportedAt, Status status, String resolvedByName,
            Instant resolvedAt, String resolution) {
    }

    private static final String SELECT = "select f.id, f.asset_id, a.asset_label, f.item_code, i.name, f.patient_id, f.description, "
            + "f.reported_by, f.reported_at, f.status, f.resolved_by, f.resolved_at, "
            + "f.resolution from equipment_fault f join equipment_item_type i on i.code = f.item_code "
            + "left join equipment_asset a on a.id = f.asset_id ";

    private final JdbcClient jdbc;
    private final Assets assets;
    private final EquipmentCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;
    private final CommandGuard guard;

    private final StaffNames names;
    private final PatientRecords patients;

    Faults(JdbcClient jdbc, Assets assets, EquipmentCatalogue catalogue, AuditTrail audit, CommandGuard guard,
            Clock clock,
            StaffNames names, PatientRecords patients) {
        this.names = names;
        this.patients = patients;
        this.guard = guard;
        this.jdbc = jdbc;
        this.assets = assets;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Fault report(CurrentUser user, NewFault command) {
        StockLedger.requireHandlesStock(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String description = Text.blankToNull(command.description());
        if (description == null) {
            errors.put("description", Messages.text("equipment.field.fault.blank"));
        } else if (description.length() > 1000) {
            errors.put("description", Messages.text("equipment.field.fault.long"));
        }
        Asset asset = null;
        String itemCode;
        if (command.assetId() != null) {
            asset = assets.require(user.organisationId(), command.assetId());
            itemCode = asset.itemCode();
        } else if (Text.blankToNull(command.itemCode()) == null) {
            errors.put("itemCode", Messages.text("equipment.field.fault.item"));
            itemCode = null;
        } else {
            try {
                itemCode = catalogue.require(command.itemCode(), "itemCode").code();
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
                itemCode = null;
            }
        }
        if (command.patientId() != null && !patientInOrganisation(user.organisationId(), command.patientId())) {
            errors.put("patientId", Messages.text("equipment.field.patient.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (asset != null && asset.status() == Asset.Status.RETIRED) {
            throw new ConflictException("equipment.asset-retired",
                    Messages.text("equipment.refusal.asset-retired.in-use"));
        }
        if (asset != null) {
            Asset a = asset;
            InspectionRules.statusAfterFault(a.status()).ifPresent(to -> assets.changeStatus(a, to));
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into equipment_fault (id, organisation_id, asset_id, item_code, patient_id, description, reported_by, "
                        + "reported_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")
                .params(id, user.organisationId(), asset == null ? null : asset.id(), itemCode, command.patientId(),
                        description,
                        user.staffId(), Time.db(clock.instant()))
                .update();
        audit.record(new AuditEntry(user, command.patientId(), "equipment.fault-reported", "equipment-fault", id,
                (asset == null ? itemCode : asset.label()) + ": " + description));
        return require(user.organisationId(), id);
    }

    /** The fault a failed examination found, opened in the same transaction as the examination's record. */
    void openFromInspection(CurrentUser user, Asset asset, UUID inspectionId, String description) {
        String text = description.length() > 1000 ? description.substring(0, 1000) : description;
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into equipment_fault (id, organisation_id, asset_id, item_code, patient_id, description, reported_by, "
                        + "reported_at, status, inspection_id) values (?, ?, ?, ?, null, ?, ?, ?, 'OPEN', ?)")
                .params(id, user.organisationId(), asset.id(), asset.itemCode(), text, user.staffId(),
                        Time.db(clock.instant()), inspectionId)
                .update();
        audit.record(new AuditEntry(user, null, "equipment.fault-reported", "equipment-fault", id,
                asset.label() + ": " + text));
    }

    /** The oldest fault still open on the asset, in a few words, if there is one. */
    Optional<String> openOn(UUID organisationId, UUID assetId) {
        return jdbc.sql(
                "select description from equipment_fault where organisation_id = ? and asset_id = ? and status = 'OPEN' "
                        + "order by reported_at limit 1")
                .params(organisationId, assetId).query(String.class).optional()
                .map(d -> d.length() > 120 ? d.substring(0, 117) + "..." : d);
    }

    /**
     * The repair is done, by someone allowed to say so (an equipment lead or a team lead). The asset stays quarantined:
     * it returns to service only when an examination after the repair passes.
     */
    @Transactional
    public Fault repaired(CurrentUser user, UUID faultId, String resolution) {
        guard.check(user, Command.MARK_FAULT_REPAIRED);
        String what = Text.blankToNull(resolution);
        if (what == null || what.length() > 1000) {
            throw new InvalidInputException(
                    Map.of("resolution", Messages.text("equipment.field.resolution")));
        }
        Fault fault = require(user.organisationId(), faultId);
        int updated = jdbc
                .sql("update equipment_fault set status = 'REPAIRED', resolved_by = ?, resolved_at = ?, resolution = ? "
                        + "where id = ? and organisation_id = ? and status = 'OPEN'")
                .params(user.staffId(), Time.db(clock.instant()), what, faultId, user.organisationId()).update();
        if (updated == 0) {
            throw new ConflictException("equipment.fault-closed", Messages.text("equipment.refusal.fault-closed"));
        }
        audit.record(
                new AuditEntry(user, fault.patientId(), "equipment.fault-repaired", "equipment-fault", faultId, what));
        return require(user.organisationId(), faultId);
    }

    public Fault require(UUID organisationId, UUID faultId) {
        return names.complete(organisationId, jdbc.sql(SELECT + "where f.organisation_id = ? and f.id = ?")
                .params(organisationId, faultId).query(Faults::map).optional())
                .orElseThrow(() -> new NotFoundException("equipment.fault-not-found",
                        Messages.text("equipment.refusal.fault-not-found")));
    }

    /** Open faults, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Fault> open(CurrentUser user, PageRequest page) {
        StockLedger.requireHandlesStock(user);
        return names.complete(user.organisationId(), PagedQuery.of(jdbc, page,
                SELECT + "where f.organisation_id = ? and f.status = 'OPEN'", "f.reported_at desc, f.id desc",
                Faults::map,
                user.organisationId()));
    }

    /** An asset's faults, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Fault> ofAsset(UUID organisationId, UUID assetId, PageRequest page) {
        return names.complete(organisationId,
                PagedQuery.of(jdbc, page, SELECT + "where f.organisation_id = ? and f.asset_id = ?",
                        "f.reported_at desc, f.id desc", Faults::map, organisationId, assetId));
    }

    /** Whether a fault on the asset is still open: such an asset must not return to service. */
    public boolean hasOpenFault(UUID organisationId, UUID assetId) {
        return jdbc.sql(
                "select count(*) from equipment_fault where organisation_id = ? and asset_id = ? and status = 'OPEN'")
                .params(organisationId, assetId).query(Integer.class).single() > 0;
    }

    private boolean patientInOrganisation(UUID organisationId, UUID patientId) {
        return patients.summaries(organisationId, List.of(patientId)).containsKey(patientId);
    }

    private static StaffNames.Awaiting<Fault> map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        UUID assetId = rs.getObject(2, UUID.class);
        String label = rs.getString(3);
        String itemCode = rs.getString(4);
        String itemName = rs.getString(5);
        UUID patientId = rs.getObject(6, UUID.class);
        String description = rs.getString(7);
        UUID reportedBy = rs.getObject(8, UUID.class);
        Instant reportedAt = Time.instant(rs.getObject(9, OffsetDateTime.class));
        Status status = Status.valueOf(rs.getString(10));
        UUID resolvedBy = rs.getObject(11, UUID.class);
        Instant resolvedAt = Time.instant(rs.getObject(12, OffsetDateTime.class));
        String resolution = rs.getString(13);
        return StaffNames.awaiting(name -> new Fault(id, assetId, label, itemCode, itemName, patientId, description,
                name.person(reportedBy), reportedAt, status, name.person(resolvedBy), resolvedAt, resolution),
                reportedBy, resolvedBy);
    }
}
