package org.therapyassist.delegation.web;

import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * What the person looking at a delegation may do with it, for the page to offer; the delegation and the policy
 * enforce the same when they do it. The worker answers an offer and then does the work; registered therapists
 * (who may delegate) manage it while it runs; only the delegating therapist sets its stop criteria.
 */
record DelegationActions(boolean nameEquipment, boolean respond, boolean work, boolean manage, boolean review,
        boolean cancel, boolean acknowledgeDecline, boolean delegateAgain, boolean setStopCriteria, boolean thank) {

    static DelegationActions of(CurrentUser me, DelegationView d, CommandGuard guard) {
        boolean worker = d.workerId().equals(me.staffId());
        boolean therapist = guard.allows(me, Command.DELEGATE);
        boolean offered = "OFFERED".equals(d.status());
        boolean accepted = "ACCEPTED".equals(d.status());
        boolean declined = "DECLINED".equals(d.status());
        boolean running = offered || accepted;
        return new DelegationActions((therapist && running) || (worker && accepted), worker && offered,
                worker && accepted,
                therapist, therapist && accepted, therapist && running, therapist && declined && d.closedAt() == null,
                therapist && declined, therapist && running && d.delegatorId().equals(me.staffId()),
                therapist && (accepted || "COMPLETED".equals(d.status())));
    }
}
