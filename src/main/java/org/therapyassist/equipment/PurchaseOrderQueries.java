package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.equipment.PurchaseOrderRules.Status;
import org.therapyassist.equipment.PurchaseOrders.Line;
import org.therapyassist.equipment.PurchaseOrders.Order;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffNames;

/**
 * Reads purchase orders with their lines: the order rows from this module's tables, who raised and approved each from
 * the staff directory. The caller has already checked that the user handles stock.
 */
@Component
class PurchaseOrderQueries {

    /** Who created and approved it are names from the staff directory ({@link #head}). */
    private static final String SELECT = "select o.id, o.store_id, s.name, o.supplier, o.status, o.created_by, "
            + "o.created_at, o.approved_by, o.approved_at, "
            + "o.sent_at, o.cancelled_at, o.cancel_reason, o.version from purchase_order o "
            + "join equipment_store s on s.id = o.store_id ";

    private final JdbcClient jdbc;
    private final StaffNames names;

    PurchaseOrderQueries(JdbcClient jdbc, StaffNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** Orders, newest first, a page at a time: the page's orders in one query and all their lines in a second. */
    Page<Order> page(UUID organisationId, PageRequest page) {
        Page<Order> heads = names.complete(organisationId,
                PagedQuery.of(jdbc, page, SELECT + "where o.organisation_id = ?",
                        "o.created_at desc, o.id desc", PurchaseOrderQueries::head, organisationId));
        if (heads.isEmpty()) {
            return heads;
        }
        Map<UUID, List<Line>> lines = jdbc.sql("select l.purchase_order_id, l.id, l.item_code, i.name, l.quantity, "
                + "l.received_quantity from purchase_order_line l join equipment_item_type i on i.code = l.item_code "
                + "where l.purchase_order_id in (:ids) order by i.name")
                .param("ids", heads.items().stream().map(Order::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Line(rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return heads.map(h -> withLines(h, lines.getOrDefault(h.id(), List.of())));
    }

    /** One order of the organisation with its lines, if there is such an order. */
    Optional<Order> find(UUID organisationId, UUID orderId) {
        return names.complete(organisationId, jdbc.sql(SELECT + "where o.organisation_id = ? and o.id = ?")
                .params(organisationId, orderId).query(PurchaseOrderQueries::head).optional())
                .map(head -> withLines(head, jdbc
                        .sql("select l.id, l.item_code, i.name, l.quantity, l.received_quantity "
                                + "from purchase_order_line l join equipment_item_type i on i.code = l.item_code "
                                + "where l.purchase_order_id = ? order by i.name")
                        .param(orderId)
                        .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getInt(5)))
                        .list()));
    }

    private static StaffNames.Awaiting<Order> head(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        UUID store = rs.getObject(2, UUID.class);
        String storeName = rs.getString(3);
        String supplier = rs.getString(4);
        Status status = Status.valueOf(rs.getString(5));
        UUID createdBy = rs.getObject(6, UUID.class);
        Instant createdAt = Time.instant(rs.getObject(7, OffsetDateTime.class));
        UUID approvedBy = rs.getObject(8, UUID.class);
        Instant approvedAt = Time.instant(rs.getObject(9, OffsetDateTime.class));
        Instant sentAt = Time.instant(rs.getObject(10, OffsetDateTime.class));
        Instant cancelledAt = Time.instant(rs.getObject(11, OffsetDateTime.class));
        String cancelReason = rs.getString(12);
        int version = rs.getInt(13);
        return StaffNames.awaiting(
                name -> new Order(id, store, storeName, supplier, status, createdBy, name.person(createdBy),
                        createdAt, name.person(approvedBy), approvedAt, sentAt, cancelledAt, cancelReason, version,
                        List.of()),
                createdBy, approvedBy);
    }

    private static Order withLines(Order head, List<Line> lines) {
        return new Order(head.id(), head.storeId(), head.storeName(), head.supplier(), head.status(), head.createdBy(),
                head.createdByName(), head.createdAt(), head.approvedByName(), head.approvedAt(), head.sentAt(),
                head.cancelledAt(), head.cancelReason(), head.version(), lines);
    }
}
