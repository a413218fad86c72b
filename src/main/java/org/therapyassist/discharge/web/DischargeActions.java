package org.therapyassist.discharge.web;

import org.therapyassist.discharge.DischargeSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * What the person reading a discharge summary may do with it, for the page to offer (the policy decides the same
 * when they do it): write it and sign it while it is unsigned, amend it once signed.
 */
record DischargeActions(boolean write, boolean sign, boolean amend) {

    static DischargeActions of(CurrentUser me, DischargeSummary s, CommandGuard guard) {
        return new DischargeActions(!s.signed() && guard.allows(me, Command.WRITE_DISCHARGE),
                !s.signed() && guard.allows(me, Command.SIGN_DISCHARGE),
                s.signed() && guard.allows(me, Command.AMEND_DISCHARGE));
    }
}
