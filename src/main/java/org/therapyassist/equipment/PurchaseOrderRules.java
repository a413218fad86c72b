package org.therapyassist.equipment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.web.Messages;

/** The purchase order state machine: draft → approved (by a lead other than its author) → sent → received. */
public final class PurchaseOrderRules {

    public enum Status {
        DRAFT, APPROVED, SENT, PART_RECEIVED, RECEIVED, CANCELLED;

        public boolean open() {
            return this != RECEIVED && this != CANCELLED;
        }
    }

    private PurchaseOrderRules() {
    }

    /** Only a team lead approves spending, and never their own order (two people see every order). */
    public static Status approve(Status current, CurrentUser approver, UUID createdBy) {
        if (!approver.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("equipment.order-lead-only",
                    Messages.text("equipment.refusal.order-lead-only"));
        }
        if (approver.is(createdBy)) {
            throw new NotAllowedException("equipment.order-own",
                    Messages.text("equipment.refusal.order-own"));
        }
        require(current, Status.DRAFT, Messages.text("equipment.refusal.order-not-draft"));
        return Status.APPROVED;
    }

    /** Who may approve: a team lead who did not raise it (the state is checked by {@link #approve}). */
    public static boolean mayApprove(CurrentUser user, UUID createdBy) {
        return user.has(Role.TEAM_LEAD) && !user.is(createdBy);
    }

    /** Who may cancel: the person who raised the order, or a team lead. */
    public static boolean mayCancel(CurrentUser user, UUID createdBy) {
        return user.has(Role.TEAM_LEAD) || user.is(createdBy);
    }

    public static Status send(Status current) {
        require(current, Status.APPROVED, Messages.text("equipment.refusal.order-not-approved"));
        return Status.SENT;
    }

    public static Status cancel(Status current) {
        if (current != Status.DRAFT && current != Status.APPROVED) {
            throw new ConflictException("equipment.order-state",
                    Messages.text("equipment.refusal.order-not-cancellable." + current.name()));
        }
        return Status.CANCELLED;
    }

    /** Checks one delivery against a line: more than was ordered is refused, nothing changes. */
    public static void requireReceivable(Status current, String field, int ordered, int alreadyReceived,
            int delivered) {
        if (current != Status.SENT && current != Status.PART_RECEIVED) {
            throw new ConflictException("equipment.order-state",
                    Messages.text("equipment.refusal.order-not-sent"));
        }
        if (delivered < 0) {
            throw new InvalidInputException(Map.of(field, Messages.text("equipment.field.received.negative")));
        }
        if (alreadyReceived + delivered > ordered) {
            throw new InvalidInputException(
                    Map.of(field, Messages.text("equipment.field.received.too-many", ordered - alreadyReceived)));
        }
    }

    /**
     * Checks a whole delivery ({@code delivered}: how many arrived per line id) before anything is booked in: every
     * line
     * over-delivered is named in one answer, a line not on the order or a delivery of nothing at all is refused, and
     * only a sent order takes deliveries.
     */
    static void requireDelivery(Status current, List<PurchaseOrders.Line> lines, Map<UUID, Integer> delivered) {
        Map<String, String> errors = new LinkedHashMap<>();
        int total = 0;
        for (PurchaseOrders.Line line : lines) {
            Integer qty = delivered == null ? null : delivered.get(line.id());
            if (qty == null) {
                continue;
            }
            try {
                requireReceivable(current, "received-" + line.id(), line.quantity(), line.receivedQuantity(), qty);
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            total += Math.max(qty, 0);
        }
        if (delivered != null
                && delivered.keySet().stream().anyMatch(k -> lines.stream().noneMatch(l -> l.id().equals(k)))) {
            errors.put("lines", Messages.text("equipment.field.lines.unknown"));
        }
        if (errors.isEmpty() && total == 0) {
            requireReceivable(current, "lines", 1, 0, 0);
            errors.put("lines", Messages.text("equipment.field.lines.none"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** After a delivery: received in full when every line is, otherwise part received. */
    public static Status afterReceipt(int totalOrdered, int totalReceived) {
        return totalReceived >= totalOrdered ? Status.RECEIVED : totalReceived > 0 ? Status.PART_RECEIVED : Status.SENT;
    }

    private static void require(Status current, Status expected, String message) {
        if (current != expected) {
            throw new ConflictException("equipment.order-state", message);
        }
    }
}
