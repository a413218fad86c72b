package org.therapyassist.equipment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffNames;

/**
 * The stock ledger. Every change to a figure on hand is an append-only movement written in the same transaction as a
 * conditional update of the balance, so the balance always equals the sum of the ledger and a check constraint makes
 * a negative figure impossible; two people taking the last item at once get one item and one 409.
 */
@Service
public class StockLedger {

    public record StockLine(ItemType item, int available, int quarantine, Integer reorderLevel,
            Integer reorderQuantity) {

        /** At or below the reorder level: a suggested order. */
        public boolean belowReorderLevel() {
            return reorderLevel != null && available <= reorderLevel;
        }
    }

    @Schema(name = "LedgerEntry")
    public record Movement(UUID id, String itemCode, Bin bin, int quantity, MovementKind kind, String reason,
            UUID loanId,
            UUID purchaseOrderId, String actorName, Instant happenedAt) {
    }

    private final JdbcClient jdbc;
    private final Stores stores;
    private final EquipmentCatalogue catalogue;
    private final Clock clock;

    private final StaffNames names;

    StockLedger(JdbcClient jdbc, Stores stores, EquipmentCatalogue catalogue, Clock clock, StaffNames names) {
        this.names = names;
        this.jdbc = jdbc;
        this.stores = stores;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Stock delivered or found: adds to what can be issued. */
    @Transactional
    public void receive(CurrentUser user, UUID storeId, String itemCode, int quantity, String reason) {
        requireHandlesStock(user);
        stores.require(user.organisationId(), storeId);
        requireCounted(itemCode);
        requirePositive(quantity);
        move(user, storeId, itemCode, Bin.AVAILABLE, quantity, MovementKind.RECEIVE, Text.blankToNull(reason), null,
                null, null);
    }

    /** A stock count that differs from the figure: the difference, up or down, with the reason. */
    @Transactional
    public void adjust(CurrentUser user, UUID storeId, String itemCode, int delta, String reason) {
        requireHandlesStock(user);
        stores.require(user.organisationId(), storeId);
        requireCounted(itemCode);
        if (delta == 0) {
            throw new InvalidInputException(
                    Map.of("quantity", Messages.text("equipment.field.adjust.zero")));
        }
        move(user, storeId, itemCode, Bin.AVAILABLE, delta, MovementKind.ADJUST, requireReason(reason), null, null,
                null);
    }

    /** Broken, lost or condemned stock leaves the store, with the reason; from either bin. */
    @Transactional
    public void writeOff(CurrentUser user, UUID storeId, String itemCode, int quantity, Bin bin, String reason) {
        requireHandlesStock(user);
        stores.require(user.organisationId(), storeId);
        requireCounted(itemCode);
        requirePositive(quantity);
        move(user, storeId, itemCode, bin == null ? Bin.AVAILABLE : bin, -quantity, MovementKind.WRITE_OFF,
                requireReason(reason), null, null, null);
    }

    /** Moves stock between two stores of the organisation as a pair of movements sharing a transfer id. */
    @Transactional
    public void transfer(CurrentUser user, UUID fromStoreId, UUID toStoreId, String itemCode, int quantity,
            String reason) {
        requireHandlesStock(user);
        stores.require(user.organisationId(), fromStoreId);
        stores.require(user.organisationId(), toStoreId);
        if (fromStoreId.equals(toStoreId)) {
            throw new InvalidInputException(Map.of("toStoreId", Messages.text("equipment.field.transfer.same")));
        }
        requireCounted(itemCode);
        requirePositive(quantity);
        UUID transfer = Ids.newId();
        String why = Text.blankToNull(reason);
        move(user, fromStoreId, itemCode, Bin.AVAILABLE, -quantity, MovementKind.TRANSFER_OUT, why, null, null,
                transfer);
        move(user, toStoreId, itemCode, Bin.AVAILABLE, quantity, MovementKind.TRANSFER_IN, why, null, null, transfer);
    }

    /** Items that went home with a patient: taken from what can be issued (409 when there are not enough). */
    @Transactional
    public void issue(CurrentUser user, UUID storeId, String itemCode, int quantity, UUID loanId) {
        move(user, storeId, itemCode, Bin.AVAILABLE, -quantity, MovementKind.ISSUE, null, loanId, null, null);
    }

    /** Items back from a patient's home go into quarantine until cleaned. */
    @Transactional
    public void returned(CurrentUser user, UUID storeId, String itemCode, int quantity, UUID loanId) {
        move(user, storeId, itemCode, Bin.QUARANTINE, quantity, MovementKind.RETURN, null, loanId, null, null);
    }

    /** Cleaned and decontaminated: from quarantine back to what can be issued. */
    @Transactional
    public void cleaned(CurrentUser user, UUID storeId, String itemCode, int quantity, String note) {
        requireHandlesStock(user);
        stores.require(user.organisationId(), storeId);
        requireCounted(itemCode);
        requirePositive(quantity);
        UUID pair = Ids.newId();
        String why = Text.blankToNull(note);
        move(user, storeId, itemCode, Bin.QUARANTINE, -quantity, MovementKind.CLEANED, why, null, null, pair);
        move(user, storeId, itemCode, Bin.AVAILABLE, quantity, MovementKind.CLEANED, why, null, null, pair);
    }

    /** Delivered against a purchase order. */
    @Transactional
    public void receiveOrdered(CurrentUser user, UUID storeId, String itemCode, int quantity, UUID purchaseOrderId) {
        move(user, storeId, itemCode, Bin.AVAILABLE, quantity, MovementKind.RECEIVE, null, null, purchaseOrderId, null);
    }

    @Transactional(readOnly = true)
    public List<StockLine> stockOf(UUID organisationId, UUID storeId) {
        stores.require(organisationId, storeId);
        Map<String, int[]> onHand = new HashMap<>();
        jdbc.sql("select item_code, bin, on_hand from equipment_balance where organisation_id = ? and store_id = ?")
                .params(organisationId, storeId)
                .query(rs -> {
                    onHand.computeIfAbsent(rs.getString(1), k -> new int[2])[Bin.valueOf(rs.getString(2))
                            .ordinal()] = rs.getInt(3);
                });
        Map<String, Integer[]> levels = new HashMap<>();
        jdbc.sql("select item_code, reorder_level, reorder_quantity from equipment_stock_level where store_id = ?")
                .param(storeId)
                .query(rs -> {
                    levels.put(rs.getString(1), new Integer[]{rs.getInt(2), rs.getInt(3)});
                });
        List<StockLine> lines = new ArrayList<>();
        for (ItemType item : catalogue.all()) {
            if (item.isAsset() || (!onHand.containsKey(item.code()) && !levels.containsKey(item.code()))) {
                continue;
            }
            int[] figures = onHand.getOrDefault(item.code(), new int[2]);
            Integer[] level = levels.get(item.code());
            lines.add(new StockLine(item, figures[0], figures[1], level == null ? null : level[0],
                    level == null ? null : level[1]));
        }
        return lines;
    }

    /** A store's ledger (one item, or all), newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Movement> movements(UUID organisationId, UUID storeId, String itemCode, PageRequest page) {
        stores.require(organisationId, storeId);
        return names.complete(organisationId,
                PagedQuery.of(jdbc, page, "select m.id, m.item_code, m.bin, m.quantity, m.kind, "
                        + "m.reason, m.loan_id, m.purchase_order_id, m.actor_id, m.happened_at",
                        "from equipment_movement m "
                                + "where m.organisation_id = ? and m.store_id = ?"
                                + (itemCode == null ? "" : " and m.item_code = ?"),
                        "m.happened_at desc, m.id desc",
                        (rs, n) -> {
                            UUID actor = rs.getObject(9, UUID.class);
                            UUID id = rs.getObject(1, UUID.class);
                            String item = rs.getString(2);
                            Bin bin = Bin.valueOf(rs.getString(3));
                            int quantity = rs.getInt(4);
                            MovementKind kind = MovementKind.valueOf(rs.getString(5));
                            String reason = rs.getString(6);
                            UUID loan = rs.getObject(7, UUID.class);
                            UUID order = rs.getObject(8, UUID.class);
                            Instant at = Time.instant(rs.getObject(10, OffsetDateTime.class));
                            return StaffNames
                                    .awaiting(name -> new Movement(id, item, bin, quantity, kind, reason, loan, order,
                                            name.person(actor), at), actor);
                        },
                        itemCode == null
                                ? new Object[]{organisationId, storeId}
                                : new Object[]{organisationId, storeId, itemCode}));
    }

    /**
     * One ledger entry and the matching balance change. The balance is updated only if it stays at or above zero;
     * when it would not, nothing is written and the caller gets a conflict naming what is left.
     */
    void move(CurrentUser user, UUID storeId, String itemCode, Bin bin, int delta, MovementKind kind, String reason,
            UUID loanId, UUID purchaseOrderId, UUID transferId) {
        kind.check(bin, delta, reason);
        if (delta > 0) {
            jdbc.sql(
                    "insert into equipment_balance (organisation_id, store_id, item_code, bin, on_hand) values (?, ?, ?, ?, 0) "
                            + "on conflict do nothing")
                    .params(user.organisationId(), storeId, itemCode, bin.name()).update();
        }
        int updated = jdbc.sql("update equipment_balance set on_hand = on_hand + :delta where organisation_id = :org "
                + "and store_id = :store and item_code = :item and bin = :bin and on_hand + :delta >= 0")
                .param("delta", delta).param("org", user.organisationId()).param("store", storeId)
                .param("item", itemCode)
                .param("bin", bin.name()).update();
        if (updated == 0) {
            int left = jdbc
                    .sql("select coalesce(sum(on_hand), 0) from equipment_balance where store_id = ? and item_code = ? "
                            + "and bin = ?")
                    .params(storeId, itemCode, bin.name()).query(Integer.class).single();
            throw new ConflictException("equipment.not-enough-stock", Messages.text(bin == Bin.AVAILABLE
                    ? "equipment.refusal.not-enough-stock.available"
                    : "equipment.refusal.not-enough-stock.quarantine", left));
        }
        Instant now = clock.instant();
        jdbc.sql(
                "insert into equipment_movement (id, organisation_id, store_id, item_code, bin, quantity, kind, reason, loan_id, "
                        + "purchase_order_id, transfer_id, actor_id, happened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), storeId, itemCode, bin.name(), delta, kind.name(), reason,
                        loanId,
                        purchaseOrderId, transferId, user.staffId(), Time.db(now))
                .update();
    }

    private void requireCounted(String itemCode) {
        if (catalogue.require(itemCode, "itemCode").isAsset()) {
            throw new InvalidInputException(Map.of("itemCode",
                    Messages.text("equipment.field.item.tracked")));
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new InvalidInputException(Map.of("quantity", Messages.text("equipment.field.quantity.one-or-more")));
        }
    }

    private static String requireReason(String reason) {
        String r = Text.blankToNull(reason);
        if (r == null || r.length() > 500) {
            throw new InvalidInputException(Map.of("reason", Messages.text("equipment.field.reason.blank")));
        }
        return r;
    }

    /** Clinical and support staff keep stock; a system administrator has no part in it. */
    static void requireHandlesStock(CurrentUser user) {
        if (!user.isRegistrant() && !user.isSupportWorker() && !user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("equipment.staff-only", Messages.text("equipment.refusal.staff-only"));
        }
    }
}
