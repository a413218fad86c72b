package org.therapyassist.induction.web;

import org.therapyassist.induction.InductionRules;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.Leads;
import org.therapyassist.staff.StaffMember;

/**
 * What the reader of a new starter's induction plan may do with it, for the page to offer; the same rules are enforced
 * when they do it (the policy, InductionRules).
 *
 * @param manage
 *            start the plan or add a local item: a lead allowed to plan inductions, never on their own plan
 * @param signStandards
 *            sign off Care Certificate standards: registered staff or a named assessor, never their own
 * @param signLocal
 *            sign off local items: registered staff, the support-worker lead or a named assessor, never their own
 */
record PlanActions(boolean manage, boolean signStandards, boolean signLocal) {

    static PlanActions of(CurrentUser me, StaffMember self, boolean namedAssessor, StaffMember starter,
            CommandGuard guard) {
        boolean own = self.id().equals(starter.id());
        return new PlanActions(!own && Leads.isLead(self) && guard.allows(me, Command.PLAN_INDUCTION),
                InductionRules.maySignOff(self, namedAssessor, starter, InductionRules.ItemKind.CARE_CERTIFICATE),
                InductionRules.maySignOff(self, namedAssessor, starter, InductionRules.ItemKind.LOCAL));
    }
}
