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
import org.therapyassist.staff.StaffNames;

/**
 * Bookings of equipment for future days (a hoist for Friday's discharge). A booked asset is never booked twice for
 * overlapping days nor lent to someone else in them; booked stock is held back from other loans. Checks run with the
 * asset or balance row locked, so two people booking at once cannot both succeed.
 */
@Service
public class Reservations {

    @Schema(name = "NewReservation", description = "An asset (assetId) or counted stock (quantity) of an item, for days")
    public record NewReservation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID storeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String itemCode, UUID assetId, Integer quantity,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Today or later") LocalDate startsOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate endsOn, UUID patientId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String reason) {
    }

    public record Reservation(UUID id, UUID storeId, String itemCode, String itemName, UUID assetId, String assetLabel,
            int quantity, LocalDate startsOn, LocalDate endsOn, UUID patientId, String reason,
            @Schema(allowableValues = {
                    "ACTIVE", "CANCELLED", "FULFILLED"}) String status,
            String createdByName, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Assets assets;
    private final PatientAccess access;
    private final Clock clock;

    private final StaffNames names;

    Reservations(JdbcClient jdbc, Stores stores, EquipmentCatalogue catalogue, Assets assets, PatientAccess access,
            Clock clock,
            StaffNames names) {
        this.names = names;
        this.jdbc = jdbc;
        this.stores = stores;
        this.catalogue = catalogue;
        this.assets = assets;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Reservation reserve(CurrentUser user, NewReservation command) {
        StockLedger.requireHandlesStock(user);
        LocalDate today = Time.today(clock);
        Map<String, String> errors = new HashMap<>();
        if (command.storeId() == null) {
            errors.put("storeId", Messages.text("equipment.field.store.blank"));
        }
        if (command.startsOn() == null) {
            errors.put("startsOn", Messages.text("equipment.field.starts.blank"));
        } else if (command.startsOn().isBefore(today)) {
            errors.put("startsOn", Messages.text("equipment.field.starts.past"));
        }
        if (command.endsOn() == null) {
            errors.put("endsOn", Messages.text("equipment.field.ends.blank"));
        } else if (command.startsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            errors.put("endsOn", Messages.text("equipment.field.ends.before"));
        }
        String reason = Text.blankToNull(command.reason());
        if (reason == null || reason.length() > 500) {
            errors.put("reason", Messages.text("equipment.field.booking-reason"));
        }
        ItemType item = null;
        try {
            item = catalogue.require(command.itemCode() == null ? "" : command.itemCode(), "itemCode");
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        int quantity = command.quantity() == null ? 1 : command.quantity();
        if (item != null && item.isAsset() && command.assetId() == null) {
            errors.put("assetId", Messages.text("equipment.field.asset.which", item.name().toLowerCase()));
        }
        if (quantity < 1 || item != null && item.isAsset() && quantity != 1) {
            errors.put("quantity",
                    item != null && item.isAsset()
                            ? Messages.text("equipment.field.booking.one-asset")
                            : Messages.text("equipment.field.quantity.one-or-more"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        stores.require(user.organisationId(), command.storeId());
        UUID id = Ids.newId();
        if (command.patientId() != null) {
            access.check(user, command.patientId(), PatientAction.RESERVE_EQUIPMENT, id);
        }
        if (item.isAsset()) {
            Asset asset = assets.require(user.organisationId(), command.assetId());
            if (!asset.itemCode().equals(item.code()) || !asset.storeId().equals(command.storeId())) {
                throw new InvalidInputException(
                        Map.of("assetId",
                                Messages.text("equipment.field.asset.wrong-item", item.name().toLowerCase())));
            }
            if (asset.status() == Asset.Status.RETIRED) {
                throw new ConflictException("equipment.asset-retired",
                        Messages.text("equipment.refusal.asset-retired.named", asset.label()));
            }
            requireAssetFreeFor(user.organisationId(), asset.id(), null, command.startsOn(), command.endsOn());
        } else {
            lockBalance(command.storeId(), item.code());
            int available = available(command.storeId(), item.code());
            int held = reservedStock(command.storeId(), item.code(), null, command.startsOn(), command.endsOn());
            if (available - held < quantity) {
                throw new ConflictException("equipment.not-enough-to-reserve", Messages.text(
                        "equipment.refusal.not-enough-to-reserve", Math.max(0, available - held)));
            }
        }
        jdbc.sql(
                "insert into equipment_reservation (id, organisation_id, store_id, item_code, asset_id, quantity, starts_on, "
                        + "ends_on, patient_id, reason, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
                .params(id, user.organisationId(), command.storeId(), item.code(),
                        item.isAsset() ? command.assetId() : null,
                        quantity, command.startsOn(), command.endsOn(), command.patientId(), reason, user.staffId(),
                        Time.db(clock.instant()))
                .update();
        return list(user.organisationId(), "and r.id = ?", id).getFirst();
    }

    @Transactional
    public void cancel(CurrentUser user, UUID reservationId) {
        StockLedger.requireHandlesStock(user);
        list(user.organisationId(), "and r.id = ?", reservationId).stream().findFirst()
                .orElseThrow(
                        () -> new NotFoundException("equipment.reservation-not-found",
                                Messages.text("equipment.refusal.reservation-not-found")));
        int updated = jdbc
                .sql("update equipment_reservation set status = 'CANCELLED' where id = ? and status = 'ACTIVE'")
                .param(reservationId).update();
        if (updated == 0) {
            throw new ConflictException("equipment.reservation-not-active",
                    Messages.text("equipment.refusal.reservation-not-active"));
        }
    }

    /** Active bookings in a store from today on, soonest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Reservation> ofStore(UUID organisationId, UUID storeId, PageRequest page) {
        return names.complete(organisationId, PagedQuery.of(jdbc, page,
                "select r.*, i.name as item_name, a.asset_label",
                "from equipment_reservation r join equipment_item_type i on i.code = r.item_code "
                        + "left join equipment_asset a on a.id = r.asset_id "
                        + "where r.organisation_id = ? and r.store_id = ? and r.status = 'ACTIVE' and r.ends_on >= ?",
                "r.starts_on, r.id", Reservations::reservation, organisationId, storeId, Time.today(clock)));
    }

    /**
     * The asset is not booked by anyone else on any of these days. Locks the asset row first, so of two people
     * booking or lending the same asset at once, the second sees the first's booking.
     */
    void requireAssetFreeFor(UUID organisationId, UUID assetId, UUID forPatient, LocalDate from, LocalDate to) {
        jdbc.sql("select id from equipment_asset where id = ? for update").param(assetId).query(UUID.class).optional();
        long clashes = jdbc.sql("select count(*) from equipment_reservation where organisation_id = ? and asset_id = ? "
                + "and status = 'ACTIVE' and starts_on <= ? and ends_on >= ? "
                + (forPatient == null ? "" : "and (patient_id is null or patient_id <> ?)"))
                .params(forPatient == null
                        ? List.of(organisationId, assetId, to, from)
                        : List.of(organisationId, assetId, to, from, forPatient))
                .query(Long.class).single();
        if (clashes > 0) {
            throw new ConflictException("equipment.already-reserved",
                    Messages.text("equipment.refusal.already-reserved"));
        }
    }

    /** Lending stock today must leave enough for other people's bookings that start today or are running. */
    void requireStockFreeFor(UUID organisationId, UUID storeId, String itemCode, int quantity, UUID forPatient,
            LocalDate day) {
        lockBalance(storeId, itemCode);
        int held = reservedStock(storeId, itemCode, forPatient, day, day);
        int available = available(storeId, itemCode);
        if (held > 0 && available - held < quantity) {
            throw new ConflictException("equipment.held-for-booking", Messages.text(
                    "equipment.refusal.held-for-booking", Math.max(0, available - held)));
        }
    }

    /** Bookings for this patient and item are used up once it is lent. */
    void fulfil(UUID organisationId, UUID patientId, String itemCode, UUID storeId) {
        jdbc.sql("update equipment_reservation set status = 'FULFILLED' where organisation_id = ? and patient_id = ? "
                + "and item_code = ? and store_id = ? and status = 'ACTIVE' and starts_on <= ?")
                .params(organisationId, patientId, itemCode, storeId, Time.today(clock)).update();
    }

    private void lockBalance(UUID storeId, String itemCode) {
        jdbc.sql(
                "select on_hand from equipment_balance where store_id = ? and item_code = ? and bin = 'AVAILABLE' for update")
                .params(storeId, itemCode).query(Integer.class).optional();
    }

    private int available(UUID storeId, String itemCode) {
        return jdbc.sql("select coalesce(sum(on_hand), 0) from equipment_balance where store_id = ? and item_code = ? "
                + "and bin = 'AVAILABLE'").params(storeId, itemCode).query(Integer.class).single();
    }

    private int reservedStock(UUID storeId, String itemCode, UUID exceptPatient, LocalDate from, LocalDate to) {
        return jdbc.sql(
                "select coalesce(sum(quantity), 0) from equipment_reservation where store_id = ? and item_code = ? "
                        + "and asset_id is null and status = 'ACTIVE' and starts_on <= ? and ends_on >= ? "
                        + (exceptPatient == null ? "" : "and (patient_id is null or patient_id <> ?)"))
                .params(exceptPatient == null
                        ? List.of(storeId, itemCode, to, from)
                        : List.of(storeId, itemCode, to, from, exceptPatient))
                .query(Integer.class).single();
    }

    /** Bookings of the organisation matching {@code and} (a condition on r, with its parameters). */
    private List<Reservation> list(UUID organisationId, String and, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = organisationId;
        System.arraycopy(params, 0, all, 1, params.length);
        return names.complete(organisationId, jdbc.sql("select r.*, i.name as item_name, a.asset_label "
                + "from equipment_reservation r join equipment_item_type i on i.code = r.item_code "
                + "left join equipment_asset a on a.id = r.asset_id where r.organisation_id = ? " + and)
                .params(all)
                .query(Reservations::reservation)
                .list());
    }

    private static StaffNames.Awaiting<Reservation> reservation(ResultSet rs, int n)
            throws SQLException {
        UUID createdBy = rs.getObject("created_by", UUID.class);
        Reservation bare = new Reservation(rs.getObject("id", UUID.class), rs.getObject("store_id", UUID.class),
                rs.getString("item_code"), rs.getString("item_name"), rs.getObject("asset_id", UUID.class),
                rs.getString("asset_label"), rs.getInt("quantity"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getObject("patient_id", UUID.class),
                rs.getString("reason"),
                rs.getString("status"), null, Time.instant(rs.getObject("created_at", OffsetDateTime.class)));
        return StaffNames.awaiting(name -> new Reservation(bare.id(), bare.storeId(), bare.itemCode(), bare.itemName(),
                bare.assetId(), bare.assetLabel(), bare.quantity(), bare.startsOn(), bare.endsOn(), bare.patientId(),
                bare.reason(), bare.status(), name.person(createdBy), bare.createdAt()), createdBy);
    }
}
