package org.therapyassist.development.web;

import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.DevelopmentRules;
import org.therapyassist.staff.StaffMember;

/**
 * What the reader of a member of staff's page may do there, for the page to offer; the same rules are enforced when
 * they do it (SignOffs, Supervision, Thanks, DevelopmentRules).
 *
 * @param seeDevelopment
 *            open their development, training and PDP pages: the person themselves or a lead
 * @param assess
 *            sign off, withdraw or refuse their competencies: a registrant, for a support worker other than themselves
 * @param requestSignOff
 *            ask for a sign-off: support workers, on their own page
 * @param supervise
 *            record a supervision session: a registrant, for a support worker other than themselves
 * @param thank
 *            thank them: anyone but themselves
 */
record StaffActions(boolean seeDevelopment, boolean assess, boolean requestSignOff, boolean supervise, boolean thank) {

    static StaffActions of(CurrentUser me, StaffMember person) {
        boolean own = me.is(person.id());
        boolean supportWorker = person.stage().isPresent();
        return new StaffActions(DevelopmentRules.maySee(me, person.id()),
                me.isRegistrant() && !own && supportWorker,
                own && supportWorker,
                me.isRegistrant() && !own && supportWorker,
                !own);
    }

}
