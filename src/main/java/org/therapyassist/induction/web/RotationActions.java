package org.therapyassist.induction.web;

import org.therapyassist.induction.Rotation;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.Leads;
import org.therapyassist.staff.StaffMember;

/**
 * What the reader of a rotation may do with it, for the page to offer; the same rules are enforced when they do it (the
 * policy, Rotations).
 *
 * @param tick
 *            mark handover items done: a lead allowed to hand over
 * @param start
 *            start the placement: a lead allowed to start placements, while the rotation is planned
 */
record RotationActions(boolean tick, boolean start) {

    static RotationActions of(CurrentUser me, StaffMember self, Rotation rotation, CommandGuard guard) {
        boolean lead = Leads.isLead(self);
        return new RotationActions(lead && guard.allows(me, Command.HAND_OVER_ROTATION),
                lead && rotation.status() == Rotation.Status.PLANNED
                        && guard.allows(me, Command.START_PLACEMENT));
    }
}
