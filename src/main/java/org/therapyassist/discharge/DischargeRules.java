package org.therapyassist.discharge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;

/** What a discharge summary needs before it can be signed, and what may change once it is. Plain code, unit-tested. */
public final class DischargeRules {

    private DischargeRules() {
    }

    public static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("discharge.registrant-only",
                    Messages.text("discharge.refusal.registrant-only"));
        }
    }

    /** A signed summary is never changed: corrections are amendments that keep the original. */
    public static void requireDraft(DischargeSummary summary) {
        if (summary.signed()) {
            throw new ConflictException("discharge.signed",
                    Messages.text("discharge.refusal.signed"));
        }
    }

    public static void requirePlanDetails(EquipmentPlan plan, String note) {
        if (plan == EquipmentPlan.TRANSFER && Text.blankToNull(note) == null) {
            throw new InvalidInputException(Map.of("note", Messages.text("discharge.plan-item.note.transfer")));
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInputException(Map.of("note", Messages.text("discharge.plan-item.note.size")));
        }
    }

    /**
     * Before signing: every item still at the patient's home has a plan (collect, leave, transfer or review), advice
     * and follow-up are written, and the discharge was discussed with the patient or their family.
     */
    public static void requireSignable(DischargeSummary summary) {
        requireDraft(summary);
        List<String> unplanned = summary.equipment().stream()
                .filter(e -> e.stillOnLoan() && e.plan() == null).map(DischargeSummary.EquipmentLine::itemName)
                .toList();
        if (!unplanned.isEmpty()) {
            throw new RefusedException("discharge.equipment-without-plan",
                    Messages.text("discharge.refusal.equipment-without-plan", String.join(", ", unplanned)),
                    Map.of("items", unplanned));
        }
        if (!summary.openDelegations().isEmpty()) {
            throw new RefusedException("discharge.delegations-open",
                    Messages.text("discharge.refusal.delegations-open",
                            String.join(", ", summary.openDelegations())),
                    Map.of("delegations", summary.openDelegations()));
        }
        Map<String, String> errors = new HashMap<>();
        if (Text.blankToNull(summary.adviceGiven()) == null) {
            errors.put("adviceGiven", Messages.text("discharge.sign.advice.blank"));
        }
        if (Text.blankToNull(summary.followUp()) == null) {
            errors.put("followUp", Messages.text("discharge.sign.follow-up.blank"));
        }
        if (summary.discussions().stream().noneMatch(d -> d.kind() == DiscussionKind.PATIENT_FAMILY)) {
            errors.put("discussions", Messages.text("discharge.sign.discussion.missing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
