package org.therapyassist.equipment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;

/**
 * The asset register: hoists, slings, wheelchairs and beds added one by one with a label unique in the organisation,
 * their first examination date set from the item's regime, and retired with a reason (never deleted).
 */
@Service
public class AssetRegister {

    /** What a label may look like: letters, digits, dashes, dots and slashes, as printed on the asset. */
    static final String LABEL_PATTERN = "[A-Z0-9][A-Z0-9./-]{0,39}";

    public record NewAsset(String itemCode, UUID storeId, String label, String serialNumber) {
    }

    /** An asset with where it stands against its inspection regime today. */
    public record Listed(Asset asset, InspectionRules.Due due) {
    }

    public record Retirement(String reason, String byName, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Assets assets;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffDirectory staff;

    AssetRegister(JdbcClient jdbc, Assets assets, Stores stores, EquipmentCatalogue catalogue, AuditTrail audit,
            Clock clock,
            StaffDirectory staff) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.assets = assets;
        this.stores = stores;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** Labels are stored as printed, in capitals, so a scanner's or a person's typing finds the same asset. */
    public static String normaliseLabel(String label) {
        String l = Text.blankToNull(label);
        return l == null ? null : l.toUpperCase(Locale.UK);
    }

    @Transactional
    public Asset add(CurrentUser user, NewAsset command) {
        StockLedger.requireHandlesStock(user);
        Map<String, String> errors = new LinkedHashMap<>();
        ItemType item = null;
        if (Text.blankToNull(command.itemCode()) == null) {
            errors.put("itemCode", Messages.text("equipment.field.type.blank"));
        } else {
            try {
                item = catalogue.require(command.itemCode(), "itemCode");
                if (!item.isAsset()) {
                    errors.put("itemCode",
                            Messages.text("equipment.field.type.counted", item.name()));
                }
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        if (command.storeId() == null) {
            errors.put("storeId", Messages.text("equipment.field.store.kept"));
        }
        String label = normaliseLabel(command.label());
        if (label == null) {
            errors.put("label", Messages.text("equipment.field.label.blank"));
        } else if (!label.matches(LABEL_PATTERN)) {
            errors.put("label", Messages.text("equipment.field.label.form"));
        }
        String serial = Text.blankToNull(command.serialNumber());
        if (serial != null && serial.length() > 80) {
            errors.put("serialNumber", Messages.text("equipment.field.serial.long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Store store = stores.require(user.organisationId(), command.storeId());
        if (assets.byLabel(user.organisationId(), label).isPresent()) {
            throw labelTaken(label);
        }
        UUID id = Ids.newId();
        try {
            jdbc.sql(
                    "insert into equipment_asset (id, organisation_id, item_code, store_id, asset_label, serial_number, status, "
                            + "next_inspection_due, version) values (?, ?, ?, ?, ?, ?, 'AVAILABLE', ?, 0)")
                    .params(id, user.organisationId(), item.code(), store.id(), label, serial,
                            InspectionRules.firstDue(item, Time.today(clock)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw labelTaken(label);
        }
        audit.record(
                new AuditEntry(user, null, "equipment.asset-added", "equipment-asset", id, label + " " + item.name()));
        return assets.require(user.organisationId(), id);
    }

    /** Condemned, lost or beyond repair: out of use for good, with the reason; the record and its history stay. */
    @Transactional
    public Asset retire(CurrentUser user, UUID assetId, Integer expectedVersion, String reason) {
        StockLedger.requireHandlesStock(user);
        String why = Text.blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException(
                    Map.of("reason", Messages.text("equipment.field.retire.reason")));
        }
        Asset asset = current(user, assetId, expectedVersion);
        if (asset.status() == Asset.Status.RETIRED) {
            throw new ConflictException("equipment.asset-retired",
                    Messages.text("equipment.refusal.asset-retired.already"));
        }
        if (asset.status() == Asset.Status.ON_LOAN) {
            throw new ConflictException("equipment.asset-on-loan",
                    Messages.text("equipment.refusal.asset-on-loan"));
        }
        assets.changeStatus(asset, Asset.Status.RETIRED);
        jdbc.sql("update equipment_asset set retired_reason = ?, retired_by = ?, retired_at = ? where id = ?")
                .params(why, user.staffId(), Time.db(clock.instant()), asset.id()).update();
        audit.record(new AuditEntry(user, null, "equipment.asset-retired", "equipment-asset", asset.id(),
                asset.label() + ": " + why));
        return assets.require(user.organisationId(), asset.id());
    }

    @Transactional(readOnly = true)
    public Page<Listed> inStore(CurrentUser user, UUID storeId, PageRequest page) {
        StockLedger.requireHandlesStock(user);
        stores.require(user.organisationId(), storeId);
        LocalDate today = Time.today(clock);
        return assets.inStore(user.organisationId(), storeId, page)
                .map(a -> new Listed(a, a.status() == Asset.Status.RETIRED
                        ? InspectionRules.Due.NOT_REQUIRED
                        : InspectionRules.classify(a.nextInspectionDue(), today)));
    }

    @Transactional(readOnly = true)
    public Asset require(CurrentUser user, UUID assetId) {
        StockLedger.requireHandlesStock(user);
        return assets.require(user.organisationId(), assetId);
    }

    @Transactional(readOnly = true)
    public Optional<Asset> byLabel(CurrentUser user, String label) {
        StockLedger.requireHandlesStock(user);
        String l = normaliseLabel(label);
        return l == null ? Optional.empty() : assets.byLabel(user.organisationId(), l);
    }

    @Transactional(readOnly = true)
    public Optional<Retirement> retirementOf(UUID organisationId, UUID assetId) {
        return jdbc.sql("select a.retired_reason, a.retired_by, a.retired_at from equipment_asset a "
                + "where a.organisation_id = ? and a.id = ? and a.retired_reason is not null")
                .params(organisationId, assetId)
                .query((rs, n) -> {
                    UUID by = rs.getObject(2, UUID.class);
                    String name = by == null ? null : staff.names(organisationId, List.of(by)).get(by);
                    return new Retirement(rs.getString(1), name, Time.instant(rs.getObject(3, OffsetDateTime.class)));
                })
                .optional();
    }

    /** The asset as read now; 409 when the caller saw an older version. */
    Asset current(CurrentUser user, UUID assetId, Integer expectedVersion) {
        Asset asset = assets.require(user.organisationId(), assetId);
        if (expectedVersion != null && expectedVersion != asset.version()) {
            throw new ConflictException("equipment.asset-changed",
                    Messages.text("equipment.refusal.asset-changed"));
        }
        return asset;
    }

    private static ConflictException labelTaken(String label) {
        return new ConflictException("equipment.label-taken", Messages.text("equipment.refusal.label-taken", label));
    }
}
