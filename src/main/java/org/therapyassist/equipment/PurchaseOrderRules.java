package org.therapyassist.equipment;

import java.util.Map;
import java.util.UUID;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;

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
            throw new NotAllowedException("equipment.order-lead-only", "Only a team lead can approve a purchase order.");
        }
        if (approver.staffId().equals(createdBy)) {
            throw new NotAllowedException("equipment.order-own", "Someone other than the person who raised the order must approve it.");
        }
        require(current, Status.DRAFT, "Only a draft order can be approved.");
        return Status.APPROVED;
    }

    public static Status send(Status current) {
        require(current, Status.APPROVED, "Only an approved order can be sent to the supplier.");
        return Status.SENT;
    }

    public static Status cancel(Status current) {
        if (current != Status.DRAFT && current != Status.APPROVED) {
            throw new ConflictException("equipment.order-state", "Only a draft or approved order can be cancelled; this one is "
                    + current.name().toLowerCase().replace('_', ' ') + ".");
        }
        return Status.CANCELLED;
    }

    /** Checks one delivery against a line: more than was ordered is refused, nothing changes. */
    public static void requireReceivable(Status current, String field, int ordered, int alreadyReceived, int delivered) {
        if (current != Status.SENT && current != Status.PART_RECEIVED) {
            throw new ConflictException("equipment.order-state", "Deliveries are booked in only against an order that has been sent.");
        }
        if (delivered < 0) {
            throw new InvalidInputException(Map.of(field, "Enter 0 or more"));
        }
        if (alreadyReceived + delivered > ordered) {
            throw new InvalidInputException(Map.of(field, "Only " + (ordered - alreadyReceived) + " still to come on this line"));
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
