package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.equipment.PurchaseOrderRules.Status;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;

class PurchaseOrderRulesTest {

    static final UUID AUTHOR = UUID.randomUUID();

    static CurrentUser user(UUID id, Role... roles) {
        return new CurrentUser(id, UUID.randomUUID(), UUID.randomUUID(), "u", "U", "Lead", 7, null, Set.of(roles));
    }

    @Test
    void aDraftOrderIsApprovedByALeadWhoDidNotRaiseIt() {
        assertThat(PurchaseOrderRules.approve(Status.DRAFT, user(UUID.randomUUID(), Role.TEAM_LEAD), AUTHOR))
                .isEqualTo(Status.APPROVED);
    }

    @Test
    void nobodyApprovesTheirOwnOrder() {
        assertThatThrownBy(() -> PurchaseOrderRules.approve(Status.DRAFT, user(AUTHOR, Role.TEAM_LEAD), AUTHOR))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.order-own"));
    }

    @Test
    void onlyATeamLeadApprovesSpending() {
        assertThatThrownBy(
                () -> PurchaseOrderRules.approve(Status.DRAFT, user(UUID.randomUUID(), Role.REGISTRANT), AUTHOR))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.order-lead-only"));
    }

    @Test
    void anOrderIsNeverSentBeforeItIsApproved() {
        assertThatThrownBy(() -> PurchaseOrderRules.send(Status.DRAFT)).isInstanceOf(ConflictException.class);
        assertThat(PurchaseOrderRules.send(Status.APPROVED)).isEqualTo(Status.SENT);
        assertThatThrownBy(
                () -> PurchaseOrderRules.approve(Status.SENT, user(UUID.randomUUID(), Role.TEAM_LEAD), AUTHOR))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyDraftOrApprovedOrdersCanBeCancelled() {
        assertThat(PurchaseOrderRules.cancel(Status.DRAFT)).isEqualTo(Status.CANCELLED);
        assertThat(PurchaseOrderRules.cancel(Status.APPROVED)).isEqualTo(Status.CANCELLED);
        for (Status s : new Status[]{Status.SENT, Status.PART_RECEIVED, Status.RECEIVED, Status.CANCELLED}) {
            assertThatThrownBy(() -> PurchaseOrderRules.cancel(s)).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void anOrderIsCancelledByItsAuthorOrATeamLeadAndApprovedOnlyByAnotherTeamLead() {
        CurrentUser author = user(AUTHOR, Role.SUPPORT_WORKER);
        CurrentUser colleague = user(UUID.randomUUID(), Role.SUPPORT_WORKER);
        CurrentUser lead = user(UUID.randomUUID(), Role.TEAM_LEAD);
        assertThat(PurchaseOrderRules.mayCancel(author, AUTHOR)).isTrue();
        assertThat(PurchaseOrderRules.mayCancel(lead, AUTHOR)).isTrue();
        assertThat(PurchaseOrderRules.mayCancel(colleague, AUTHOR)).isFalse();
        assertThat(PurchaseOrderRules.mayApprove(lead, AUTHOR)).isTrue();
        assertThat(PurchaseOrderRules.mayApprove(user(AUTHOR, Role.TEAM_LEAD), AUTHOR)).isFalse();
        assertThat(PurchaseOrderRules.mayApprove(colleague, AUTHOR)).isFalse();
    }

    @Test
    void receivingMoreThanWasOrderedIsRefused() {
        PurchaseOrderRules.requireReceivable(Status.SENT, "q", 10, 4, 6);
        assertThatThrownBy(() -> PurchaseOrderRules.requireReceivable(Status.PART_RECEIVED, "q", 10, 4, 7))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("q"));
        assertThatThrownBy(() -> PurchaseOrderRules.requireReceivable(Status.SENT, "q", 10, 0, -1))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stockIsNeverBookedInAgainstAnOrderThatWasNotSent() {
        assertThatThrownBy(() -> PurchaseOrderRules.requireReceivable(Status.APPROVED, "q", 10, 0, 1))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PurchaseOrderRules.requireReceivable(Status.RECEIVED, "q", 10, 10, 0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOrderIsReceivedInFullOnlyWhenEveryItemHasArrived() {
        assertThat(PurchaseOrderRules.afterReceipt(10, 4)).isEqualTo(Status.PART_RECEIVED);
        assertThat(PurchaseOrderRules.afterReceipt(10, 10)).isEqualTo(Status.RECEIVED);
        assertThat(Status.PART_RECEIVED.open()).isTrue();
        assertThat(Status.RECEIVED.open()).isFalse();
    }

    static PurchaseOrders.Line line(int ordered, int received) {
        return new PurchaseOrders.Line(UUID.randomUUID(), "COMMODE", "Commode", ordered, received);
    }

    @Test
    void aDeliveryNamesEveryLineThatWouldBeOverReceived() {
        var frames = line(10, 4);
        var commodes = line(2, 0);
        PurchaseOrderRules.requireDelivery(Status.SENT, List.of(frames, commodes), Map.of(frames.id(), 6));
        assertThatThrownBy(() -> PurchaseOrderRules.requireDelivery(Status.PART_RECEIVED, List.of(frames, commodes),
                Map.of(frames.id(), 7, commodes.id(), 3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("received-" + frames.id(), "received-" + commodes.id()));
    }

    @Test
    void stockIsNeverBookedInForALineNotOnTheOrder() {
        var frames = line(10, 0);
        assertThatThrownBy(() -> PurchaseOrderRules.requireDelivery(Status.SENT, List.of(frames),
                Map.of(frames.id(), 1, UUID.randomUUID(), 5)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("lines"));
    }

    @Test
    void aDeliveryOfNothingIsRefusedAndAnUnsentOrderTakesNone() {
        var frames = line(10, 0);
        assertThatThrownBy(
                () -> PurchaseOrderRules.requireDelivery(Status.SENT, List.of(frames), Map.of(frames.id(), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("lines"));
        assertThatThrownBy(() -> PurchaseOrderRules.requireDelivery(Status.SENT, List.of(frames), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                () -> PurchaseOrderRules.requireDelivery(Status.APPROVED, List.of(frames), Map.of(frames.id(), 0)))
                .isInstanceOf(ConflictException.class);
    }
}
