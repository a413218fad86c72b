package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.StaffNames;

/**
 * Thorough examinations (LOLER) and electrical safety tests of assets: what is due or overdue, and the record of each
 * inspection. A failed inspection quarantines the asset at once; a pass brings a quarantined asset back into service
 * when no fault on it is still open.
 */
@Service
public class Inspections {

    /**
     * @param examinerId
     *            the competent person who examined it, from {@link Examiners}
     * @param dangerousDefect
     *            a failure the examiner reports as a dangerous defect (LOLER): the asset must not be used
     *            again until its repair is recorded and it passes a new examination
     */
    public record NewInspection(@Label("{equipment.field.inspected-on}") LocalDate inspectedOn,
            InspectionRules.Result result,
            String findings, UUID examinerId, boolean dangerousDefect,
            @Label("{equipment.field.next-due-on}") LocalDate nextDueOn,
            Integer version) {
    }

    public record Inspection(UUID id, UUID assetId, LocalDate inspectedOn, InspectionRules.Result result,
            String findings,
            String examiner, UUID examinerId, boolean dangerousDefect, LocalDate nextDueOn, String recordedByName,
            Instant recordedAt, UUID reportId) {
    }

    /** An asset on the due list: its store and how urgent its examination is. */
    public record DueAsset(Asset asset, String storeName, InspectionRules.Due due) {
    }

    private final JdbcClient jdbc;
    private final Assets assets;
    private final AssetRegister register;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Faults faults;
    private final AuditTrail audit;
    private final Clock clock;
    private final InspectionReports reports;
    private final Examiners examiners;
    private final CommandGuard guard;
    private final StaffNames names;

    Inspections(JdbcClient jdbc, Assets assets, AssetRegister register, Stores stores, EquipmentCatalogue catalogue,
            Faults faults, AuditTrail audit, InspectionReports reports, Examiners examiners, CommandGuard guard,
            Clock clock,
            StaffNames names) {
        this.names = names;
        this.reports = reports;
        this.examiners = examiners;
        this.guard = guard;
        this.jdbc = jdbc;
        this.assets = assets;
        this.register = register;
        this.stores = stores;
        this.catalogue = catalogue;
        this.faults = faults;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An inspection with its report (the examiner's certificate) in one transaction: a bad file is refused before
     * anything is written.
     */
    @Transactional
    public Inspection record(CurrentUser user, UUID assetId, NewInspection command, MultipartFile report) {
        boolean withReport = report != null && !report.isEmpty();
        if (withReport) {
            reports.problemWith(report).ifPresent(problem -> {
                throw new InvalidInputException(Map.of(InspectionReports.FIELD, problem));
            });
        }
        Inspection done = record(user, assetId, command);
        if (!withReport) {
            return done;
        }
        reports.attach(user, done.id(), report);
        return history(user.organisationId(), assetId).stream().filter(i -> i.id().equals(done.id())).findFirst()
                .orElseThrow();
    }

    /**
     * Records an examination by a competent person from the list. A failure quarantines the asset and opens a fault, so
     * no later pass can put it back into service until someone allowed has recorded the repair; a pass while a fault is
     * open is refused rather than quietly recorded. Examinations are recorded in date order: one dated before the
     * latest on record would rewrite the asset's history.
     */
    @Transactional
    public Inspection record(CurrentUser user, UUID assetId, NewInspection command) {
        guard.check(user, Command.RECORD_EXAMINATION);
        Asset asset = register.current(user, assetId, command.version());
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.result() == null) {
            errors.put("result", Messages.text("equipment.field.result.blank"));
        }
        Examiners.Examiner examiner = null;
        try {
            examiner = examiners.requireActive(user.organisationId(), command.examinerId(), "examinerId");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        String findings = Text.blankToNull(command.findings());
        if (findings != null && findings.length() > 1000) {
            errors.put("findings", Messages.text("equipment.field.findings.long"));
        } else if (findings == null && command.result() == InspectionRules.Result.FAIL) {
            errors.put("findings", Messages.text("equipment.field.findings.blank"));
        }
        if (command.dangerousDefect() && command.result() == InspectionRules.Result.PASS) {
            errors.put("dangerousDefect", Messages.text("equipment.field.dangerous.pass"));
        }
        Integer months = catalogue.require(asset.itemCode(), "itemCode").inspectionMonths();
        LocalDate next = null;
        try {
            next = InspectionRules.nextDue(command.inspectedOn(), command.nextDueOn(), months, Time.today(clock));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        LocalDate latest = latestInspectedOn(user.organisationId(), asset.id());
        if (latest != null && command.inspectedOn() != null && command.inspectedOn().isBefore(latest)
                && !errors.containsKey("inspectedOn")) {
            errors.put("inspectedOn", Messages.text("equipment.field.inspected.order", Formats.day(latest)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (asset.status() == Asset.Status.RETIRED) {
            throw new ConflictException("equipment.asset-retired",
                    Messages.text("equipment.refusal.asset-retired.in-use"));
        }
        boolean pass = command.result() == InspectionRules.Result.PASS;
        if (pass) {
            faults.openOn(user.organisationId(), asset.id()).ifPresent(open -> {
                throw new RefusedException("equipment.fault-open",
                        Messages.text("equipment.refusal.fault-open", asset.label(), open));
            });
        }
        // A failure keeps the due date: the asset needs a new examination after its repair, not one in six months.
        LocalDate due = pass ? next : asset.nextInspectionDue();
        // The due date moves with the version check, so two people recording at once never both succeed unseen.
        int updated = jdbc.sql(
                "update equipment_asset set next_inspection_due = ?, version = version + 1 where id = ? and version = ?")
                .params(due, asset.id(), asset.version()).update();
        if (updated == 0) {
            throw new ConflictException("equipment.asset-changed",
                    Messages.text("equipment.refusal.asset-changed"));
        }
        Asset now = assets.require(user.organisationId(), asset.id());
        InspectionRules
                .statusAfter(command.result(), now.status(), faults.hasOpenFault(user.organisationId(), asset.id()),
                        assets.onOpenLoan(asset.id()))
                .ifPresent(to -> assets.changeStatus(now, to));
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into equipment_inspection (id, organisation_id, asset_id, inspected_on, result, findings, examiner, "
                        + "examiner_id, dangerous_defect, next_due_on, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), asset.id(), command.inspectedOn(), command.result().name(), findings,
                        examiner.label(), examiner.id(), command.dangerousDefect(), pass ? next : null, user.staffId(),
                        Time.db(clock.instant()))
                .update();
        if (!pass) {
            faults.openFromInspection(user, asset, id,
                    (command.dangerousDefect()
                            ? "Dangerous defect found at examination by "
                            : "Failed examination by ") + examiner.label() + ": " + findings);
        }
        audit.record(new AuditEntry(user, null, "equipment.inspection-recorded", "equipment-inspection", id,
                asset.label() + " " + command.result().name() + (command.dangerousDefect() ? " (dangerous defect)" : "")
                        + " by " + examiner.label()));
        return history(user.organisationId(), asset.id()).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private LocalDate latestInspectedOn(UUID organisationId, UUID assetId) {
        return jdbc.sql("select max(inspected_on) from equipment_inspection where organisation_id = ? and asset_id = ?")
                .params(organisationId, assetId).query(LocalDate.class).optional().orElse(null);
    }

    /** An asset's inspections, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Inspection> history(UUID organisationId, UUID assetId, PageRequest page) {
        return names.complete(organisationId, PagedQuery.of(jdbc, page,
                "select n.id, n.asset_id, n.inspected_on, n.result, "
                        + "n.findings, n.examiner, n.examiner_id, n.dangerous_defect, n.next_due_on, n.recorded_by, n.recorded_at, "
                        + "n.report_file_id",
                "from equipment_inspection n where n.organisation_id = ? and n.asset_id = ?",
                "n.inspected_on desc, n.recorded_at desc, n.id", Inspections::inspection, organisationId, assetId));
    }

    @Transactional(readOnly = true)
    public List<Inspection> history(UUID organisationId, UUID assetId) {
        return names.complete(organisationId, jdbc.sql("select n.id, n.asset_id, n.inspected_on, n.result, n.findings, "
                + "n.examiner, n.examiner_id, n.dangerous_defect, n.next_due_on, n.recorded_by, n.recorded_at, "
                + "n.report_file_id from equipment_inspection n where n.organisation_id = ? and n.asset_id = ? "
                + "order by n.inspected_on desc, n.recorded_at desc")
                .params(organisationId, assetId)
                .query(Inspections::inspection)
                .list());
    }

    private static StaffNames.Awaiting<Inspection> inspection(ResultSet rs, int n)
            throws SQLException {
        UUID recordedBy = rs.getObject(10, UUID.class);
        Inspection bare = new Inspection(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, LocalDate.class), InspectionRules.Result.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getObject(7, UUID.class), rs.getBoolean(8), rs.getObject(9, LocalDate.class),
                null, Time.instant(rs.getObject(11, OffsetDateTime.class)), rs.getObject(12, UUID.class));
        return StaffNames.awaiting(name -> new Inspection(bare.id(), bare.assetId(), bare.inspectedOn(), bare.result(),
                bare.findings(), bare.examiner(), bare.examinerId(), bare.dangerousDefect(), bare.nextDueOn(),
                name.person(recordedBy), bare.recordedAt(), bare.reportId()), recordedBy);
    }

    /**
     * Assets whose examination is overdue or due within {@link InspectionRules#DUE_SOON_DAYS} days, most overdue first;
     * for one store, or the whole organisation when no store is given. Retired assets are never listed.
     */
    @Transactional(readOnly = true)
    public Page<DueAsset> due(CurrentUser user, UUID storeId, PageRequest page) {
        StockLedger.requireHandlesStock(user);
        if (storeId != null) {
            stores.require(user.organisationId(), storeId);
        }
        LocalDate today = Time.today(clock);
        Object[] params = storeId == null
                ? new Object[]{user.organisationId(), today.plusDays(InspectionRules.DUE_SOON_DAYS)}
                : new Object[]{user.organisationId(), today.plusDays(InspectionRules.DUE_SOON_DAYS), storeId};
        return PagedQuery.of(jdbc, page,
                Assets.SELECT.replace(" from equipment_asset a", ", s.name from equipment_asset a")
                        + "join equipment_store s on s.id = a.store_id "
                        + "where a.organisation_id = ? and a.next_inspection_due <= ? and a.status <> 'RETIRED' "
                        + (storeId == null ? "" : "and a.store_id = ? "),
                "a.next_inspection_due, a.asset_label, a.id",
                (rs, n) -> {
                    Asset a = Assets.map(rs, n);
                    return new DueAsset(a, rs.getString(11), InspectionRules.classify(a.nextInspectionDue(), today));
                },
                params);
    }
}
