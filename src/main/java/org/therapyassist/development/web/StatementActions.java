package org.therapyassist.development.web;

import org.therapyassist.competence.Development;
import org.therapyassist.competence.GapStatus;
import org.therapyassist.platform.CurrentUser;

/**
 * What the reader of a competency statement's development page may do there, for the page to offer; the same rules are
 * enforced when they do it (DevelopmentRules, SignOffs).
 *
 * @param selfAssess
 *            rate themselves and add evidence: only the person themselves
 * @param requestSignOff
 *            ask for a sign-off: the person themselves, when none is waiting and it is not held (one
 *            expiring soon may be renewed)
 * @param assess
 *            go and sign it off on the staff page: a registrant, for a support worker other than themselves
 */
record StatementActions(boolean selfAssess, boolean requestSignOff, boolean assess) {

    static StatementActions of(CurrentUser me, Development.Profile profile, Development.Line line) {
        boolean own = me.is(profile.person().id());
        return new StatementActions(own, own && !line.requestPending() && line.status() != GapStatus.HELD,
                me.isRegistrant() && !own && profile.person().stage().isPresent());
    }
}
