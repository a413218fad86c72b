package org.therapyassist.induction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Messages;

/** A planned move of one member of staff from one team to another, with the handover checklist the move needs. */
public record Rotation(UUID id, UUID staffId, String staffName, UUID fromTeamId, String fromTeamName, UUID toTeamId,
        String toTeamName, LocalDate startsOn, LocalDate endsOn, Status status, int version,
        List<HandoverItem> handover) {

    public enum Status { PLANNED, IN_PROGRESS, COMPLETED }

    /** What every move is checked against before the worker starts in the receiving team. */
    public static final List<String> DEFAULT_HANDOVER = List.of(
            "Competencies reviewed with the receiving team's lead",
            "Open delegations handed back or reassigned",
            "Equipment and keys returned",
            "Local induction booked in the receiving team",
            "Supervisor for the placement named");

    public record HandoverItem(UUID id, String title, UUID tickedById, String tickedByName, Instant tickedAt) {

        public boolean ticked() {
            return tickedAt != null;
        }
    }

    public boolean handoverComplete() {
        return !handover.isEmpty() && handover.stream().allMatch(HandoverItem::ticked);
    }

    public long ticked() {
        return handover.stream().filter(HandoverItem::ticked).count();
    }

    /** The placement starts only once, only from planned, and only with every handover item ticked. */
    public void requireStartable() {
        if (status != Status.PLANNED) {
            throw new ConflictException("rotation.not-planned", Messages.text("induction.refusal.placement-started"));
        }
        if (!handoverComplete()) {
            List<String> open = handover.stream().filter(h -> !h.ticked()).map(HandoverItem::title).toList();
            throw new RefusedException("rotation.handover-incomplete",
                    Messages.text("induction.refusal.handover-incomplete", String.join("; ", open)),
                    Map.of("outstanding", open));
        }
    }
}
