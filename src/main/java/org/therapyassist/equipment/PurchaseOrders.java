package org.therapyassist.equipment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.equipment.PurchaseOrderRules.Status;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Purchase orders for counted stock: suggested from what is at or below its reorder level, raised as a draft,
 * approved by a team lead who did not raise it, sent, and received in one or more deliveries that go straight into
 * the stock ledger in the same transaction.
 */
@Service
public class PurchaseOrders {

    /** Where orders go unless someone names another supplier. */
    public static final String DEFAULT_SUPPLIER = "NHS Supply Chain";

    @Schema(name = "PurchaseSuggestion")
    public record Suggestion(Store store, List<SuggestedLine> lines) {
    }

    public record SuggestedLine(String itemCode, String itemName, int available, int reorderLevel, int quantity) {
    }

    public record NewLine(String itemCode, Integer quantity) {
    }

    @Schema(name = "PurchaseOrderLine")
    public record Line(UUID id, String itemCode, String itemName, int quantity, int receivedQuantity) {

        public int outstanding() {
            return quantity - receivedQuantity;
        }
    }

    @Schema(name = "PurchaseOrder")
    public record Order(UUID id, UUID storeId, String storeName, String supplier, Status status, UUID createdBy,
            String createdByName, Instant createdAt, String approvedByName, Instant approvedAt, Instant sentAt,
            Instant cancelledAt, String cancelReason, int version, List<Line> lines) {
    }

    private final JdbcClient jdbc;
    private final Stores stores;
    private final StockLedger ledger;
    private final EquipmentCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    private final PurchaseOrderQueries queries;

    PurchaseOrders(JdbcClient jdbc, Stores stores, StockLedger ledger, EquipmentCatalogue catalogue, AuditTrail audit,
            Clock clock, PurchaseOrderQueries queries) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.stores = stores;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Per store with something at or below its reorder level, what to order; a page of such stores at a time (each
     * store's lines are one per item type of the catalogue at most).
     */
    @Transactional(readOnly = true)
    public Page<Suggestion> suggested(CurrentUser user, PageRequest page) {
        StockLedger.requireHandlesStock(user);
        Page<UUID> storeIds = PagedQuery.of(jdbc, page, "select s.id",
                "from equipment_store s where s.organisation_id = ? "
                        + "and exists (select 1 from equipment_stock_level l where l.store_id = s.id and l.reorder_level >= "
                        + "coalesce((select b.on_hand from equipment_balance b where b.organisation_id = s.organisation_id "
                        + "and b.store_id = s.id and b.item_code = l.item_code and b.bin = 'AVAILABLE'), 0))",
                "s.name, s.id", (rs, n) -> rs.getObject(1, UUID.class), user.organisationId());
        return storeIds.map(id -> new Suggestion(stores.require(user.organisationId(), id),
                suggestedLines(user.organisationId(), id)));
    }

    private List<SuggestedLine> suggestedLines(UUID organisationId, UUID storeId) {
        return ledger.stockOf(organisationId, storeId).stream()
                .filter(StockLedger.StockLine::belowReorderLevel)
                .map(l -> new SuggestedLine(l.item().code(), l.item().name(), l.available(), l.reorderLevel(),
                        l.reorderQuantity()))
                .toList();
    }

    /** A draft order for everything the store has at or below its reorder level. */
    @Transactional
    public Order draftFromSuggestion(CurrentUser user, UUID storeId, String supplier) {
        StockLedger.requireHandlesStock(user);
        stores.require(user.organisationId(), storeId);
        List<NewLine> lines = suggestedLines(user.organisationId(), storeId).stream()
                .map(l -> new NewLine(l.itemCode(), l.quantity())).toList();
        if (lines.isEmpty()) {
            throw new ConflictException("equipment.nothing-to-order",
                    Messages.text("equipment.refusal.nothing-to-order"));
        }
        return draft(user, storeId, supplier, lines);
    }

    @Transactional
    public Order draft(CurrentUser user, UUID storeId, String supplier, List<NewLine> lines) {
        StockLedger.requireHandlesStock(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (storeId == null) {
            errors.put("storeId", Messages.text("equipment.field.order-store.blank"));
        }
        String who = Text.blankToNull(supplier) == null ? DEFAULT_SUPPLIER : supplier.strip();
        if (who.length() > 200) {
            errors.put("supplier", Messages.text("equipment.field.supplier.long"));
        }
        if (lines == null || lines.isEmpty()) {
            errors.put("lines", Messages.text("equipment.field.lines.empty"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                NewLine line = lines.get(i);
                String field = "lines[" + i + "]";
                try {
                    ItemType item = catalogue.require(line.itemCode(), field + ".itemCode");
                    if (item.isAsset()) {
                        errors.put(field + ".itemCode",
                                Messages.text("equipment.field.order-item.tracked", item.name()));
                    } else if (!seen.add(item.code())) {
                        errors.put(field + ".itemCode", Messages.text("equipment.field.order-item.twice", item.name()));
                    }
                } catch (InvalidInputException e) {
                    errors.putAll(e.fieldErrors());
                }
                if (line.quantity() == null || line.quantity() <= 0 || line.quantity() > 10_000) {
                    errors.put(field + ".quantity", Messages.text("equipment.field.order-quantity"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        stores.require(user.organisationId(), storeId);
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into purchase_order (id, organisation_id, store_id, supplier, status, created_by, created_at, version) "
                        + "values (?, ?, ?, ?, 'DRAFT', ?, ?, 0)")
                .params(id, user.organisationId(), storeId, who, user.staffId(), Time.db(clock.instant())).update();
        for (NewLine line : lines) {
            jdbc.sql(
                    "insert into purchase_order_line (id, purchase_order_id, item_code, quantity, received_quantity) values (?, ?, ?, ?, 0)")
                    .params(Ids.newId(), id, line.itemCode(), line.quantity()).update();
        }
        audit.record(new AuditEntry(user, null, "equipment.order-drafted", "purchase-order", id, who));
        return require(user, id);
    }

    @Transactional
    public Order approve(CurrentUser user, UUID orderId, Integer version) {
        Order order = current(user, orderId, version);
        Status to = PurchaseOrderRules.approve(order.status(), user, order.createdBy());
        move(order, to, "approved_by = :who, approved_at = :at, ", user);
        audit.record(
                new AuditEntry(user, null, "equipment.order-approved", "purchase-order", orderId, order.supplier()));
        return require(user, orderId);
    }

    @Transactional
    public Order send(CurrentUser user, UUID orderId, Integer version) {
        Order order = current(user, orderId, version);
        Status to = PurchaseOrderRules.send(order.status());
        move(order, to, "sent_by = :who, sent_at = :at, ", user);
        audit.record(new AuditEntry(user, null, "equipment.order-sent", "purchase-order", orderId, order.supplier()));
        return require(user, orderId);
    }

    @Transactional
    public Order cancel(CurrentUser user, UUID orderId, Integer version, String reason) {
        Order order = current(user, orderId, version);
        if (!PurchaseOrderRules.mayCancel(user, order.createdBy())) {
            throw new NotAllowedException("equipment.order-cancel",
                    Messages.text("equipment.refusal.order-cancel"));
        }
        String why = Text.blankToNull(reason);
        if (why != null && why.length() > 500) {
            throw new InvalidInputException(Map.of("reason", Messages.text("equipment.field.reason.long")));
        }
        Status to = PurchaseOrderRules.cancel(order.status());
        jdbc.sql("update purchase_order set cancel_reason = ? where id = ?").params(why, orderId).update();
        move(order, to, "cancelled_by = :who, cancelled_at = :at, ", user);
        audit.record(new AuditEntry(user, null, "equipment.order-cancelled", "purchase-order", orderId, why));
        return require(user, orderId);
    }

    /**
     * A delivery: for each line, how many arrived. Each goes into the stock ledger with the order's id in the same
     * transaction; more than is still to come on a line is refused and nothing is booked in.
     */
    @Transactional
    public Order receive(CurrentUser user, UUID orderId, Integer version, Map<UUID, Integer> delivered) {
        Order order = current(user, orderId, version);
        PurchaseOrderRules.requireDelivery(order.status(), order.lines(), delivered);
        move(order, order.status(), "", user);
        for (Line line : order.lines()) {
            Integer qty = delivered.get(line.id());
            if (qty == null || qty == 0) {
                continue;
            }
            int updated = jdbc
                    .sql("update purchase_order_line set received_quantity = received_quantity + ? where id = ? "
                            + "and received_quantity + ? <= quantity")
                    .params(qty, line.id(), qty).update();
            if (updated == 0) {
                throw new ConflictException("equipment.order-changed",
                        Messages.text("equipment.refusal.delivery-changed"));
            }
            ledger.receiveOrdered(user, order.storeId(), line.itemCode(), qty, orderId);
        }
        int ordered = order.lines().stream().mapToInt(Line::quantity).sum();
        int received = jdbc
                .sql("select coalesce(sum(received_quantity), 0) from purchase_order_line where purchase_order_id = ?")
                .param(orderId).query(Integer.class).single();
        Status to = PurchaseOrderRules.afterReceipt(ordered, received);
        jdbc.sql("update purchase_order set status = ? where id = ?").params(to.name(), orderId).update();
        audit.record(new AuditEntry(user, null, "equipment.order-received", "purchase-order", orderId,
                received + " of " + ordered + " received"));
        return require(user, orderId);
    }

    /** Orders, newest first, a page at a time: the page's orders in one query and all their lines in a second. */
    @Transactional(readOnly = true)
    public Page<Order> list(CurrentUser user, PageRequest page) {
        StockLedger.requireHandlesStock(user);
        return queries.page(user.organisationId(), page);
    }

    @Transactional(readOnly = true)
    public Order require(CurrentUser user, UUID orderId) {
        StockLedger.requireHandlesStock(user);
        return queries.find(user.organisationId(), orderId)
                .orElseThrow(
                        () -> new NotFoundException("equipment.order-not-found",
                                Messages.text("equipment.refusal.order-not-found")));
    }

    private Order current(CurrentUser user, UUID orderId, Integer version) {
        Order order = require(user, orderId);
        if (version != null && version != order.version()) {
            throw changed();
        }
        return order;
    }

    /** Moves the order on, conditional on the version read: a second click or a colleague's change gets a 409. */
    private void move(Order order, Status to, String columns, CurrentUser user) {
        int updated = jdbc.sql("update purchase_order set " + columns + "status = :status, version = version + 1 "
                + "where id = :id and version = :version")
                .params(columns.isEmpty() ? Map.of() : Map.of("who", user.staffId(), "at", Time.db(clock.instant())))
                .param("status", to.name()).param("id", order.id()).param("version", order.version())
                .update();
        if (updated == 0) {
            throw changed();
        }
    }

    private static ConflictException changed() {
        return new ConflictException("equipment.order-changed",
                Messages.text("equipment.refusal.order-changed"));
    }
}
