package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Messages;

/** Assets and their status; every status change is conditional on the version read, so two changes never cross. */
@Service
public class Assets {

    static final String SELECT = "select a.id, a.organisation_id, a.item_code, i.name, a.store_id, a.asset_label, a.serial_number, "
            + "a.status, a.next_inspection_due, a.version from equipment_asset a join equipment_item_type i on i.code = a.item_code ";

    private final JdbcClient jdbc;

    Assets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Asset require(UUID organisationId, UUID assetId) {
        return jdbc.sql(SELECT + "where a.organisation_id = ? and a.id = ?").params(organisationId, assetId)
                .query(Assets::map).optional()
                .orElseThrow(() -> new NotFoundException("equipment.asset-not-found",
                        Messages.text("equipment.refusal.asset-not-found")));
    }

    /** By its printed label (what a scanner or the QR code gives). */
    public Optional<Asset> byLabel(UUID organisationId, String label) {
        return jdbc.sql(SELECT + "where a.organisation_id = ? and a.asset_label = ?").params(organisationId, label)
                .query(Assets::map).optional();
    }

    /**
     * Assets whose label starts with what was typed (labels are printed in capitals, so case is ignored), by
     * label, at most {@code limit}: the header's search, for someone reading a label off a frame.
     */
    public List<Asset> withLabelStarting(UUID organisationId, String text, int limit) {
        String typed = AssetRegister.normaliseLabel(text);
        String label = typed == null ? "" : typed.replaceAll("[%_\\\\]", "");
        if (label.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where a.organisation_id = ? and a.asset_label like ? order by a.asset_label, a.id "
                + "limit ?").params(organisationId, label + "%", limit).query(Assets::map).list();
    }

    /** A store's assets by type and label, a page at a time. */
    public Page<Asset> inStore(UUID organisationId, UUID storeId, PageRequest page) {
        return PagedQuery.of(jdbc, page, SELECT + "where a.organisation_id = ? and a.store_id = ?",
                "a.item_code, a.asset_label, a.id", Assets::map, organisationId, storeId);
    }

    public List<Asset> inStore(UUID organisationId, UUID storeId) {
        return jdbc.sql(SELECT + "where a.organisation_id = ? and a.store_id = ? order by a.item_code, a.asset_label")
                .params(organisationId, storeId).query(Assets::map).list();
    }

    /**
     * Refuses an asset that must not be used on a patient on the day: past its inspection, quarantined (fault or failed
     * inspection) or retired. Used when equipment is named on a delegated task and at each visit.
     */
    public void requireUsable(Asset asset, LocalDate day) {
        if (asset.inspectionOverdueOn(day)) {
            throw new RefusedException("equipment.inspection-overdue", Messages.text(
                    "equipment.refusal.use.inspection-overdue", asset.label(), asset.itemName().toLowerCase(),
                    String.valueOf(asset.nextInspectionDue())));
        }
        if (asset.status() == Asset.Status.QUARANTINED) {
            throw new RefusedException("equipment.asset-quarantined", Messages.text(
                    "equipment.refusal.use.quarantined", asset.label(), asset.itemName().toLowerCase()));
        }
        if (asset.status() == Asset.Status.RETIRED) {
            throw new RefusedException("equipment.asset-retired",
                    Messages.text("equipment.refusal.asset-retired.named", asset.label()));
        }
    }

    /** Whether the asset is still in a patient's home on a loan not yet returned (whatever its status says now). */
    boolean onOpenLoan(UUID assetId) {
        return jdbc.sql("select count(*) from equipment_loan where asset_id = ? and status = 'ON_LOAN'")
                .param(assetId).query(Integer.class).single() > 0;
    }

    /** Moves the asset from the status read to a new one; 409 if someone changed it in between. */
    void changeStatus(Asset asset, Asset.Status to) {
        if (!asset.status().mayBecome(to)) {
            // A bug, not a user error: a service asked for a move the asset's life does not allow.
            throw new IllegalStateException(asset.label() + " cannot go from " + asset.status() + " to " + to);
        }
        int updated = jdbc
                .sql("update equipment_asset set status = ?, version = version + 1 where id = ? and version = ?")
                .params(to.name(), asset.id(), asset.version()).update();
        if (updated == 0) {
            throw new ConflictException("equipment.asset-changed",
                    Messages.text("equipment.refusal.asset-changed"));
        }
    }

    static Asset map(ResultSet rs, int n) throws SQLException {
        return new Asset(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), Asset.Status.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), rs.getInt(10));
    }
}
