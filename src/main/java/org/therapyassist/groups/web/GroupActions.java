package org.therapyassist.groups.web;

import java.time.LocalDate;
import org.therapyassist.groups.GroupClasses;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * What the person on the group pages may do, for the pages to offer (GroupClasses and the policy decide the same when
 * they do it): registered therapists set up classes, schedule sessions and enrol patients; a session still to come is
 * cancelled by its leader or a registered therapist.
 */
record GroupActions(CurrentUser me, LocalDate today, boolean setUpClass, boolean schedule, boolean enrol,
        boolean cancelAny) {

    static GroupActions of(CurrentUser me, LocalDate today, CommandGuard guard) {
        return new GroupActions(me, today, guard.allows(me, Command.CREATE_GROUP_CLASS),
                guard.allows(me, Command.SCHEDULE_GROUP_SESSION), guard.allows(me, Command.ENROL_IN_GROUP),
                me.isRegistrant());
    }

    /** Whether this session may be cancelled from the page (public, for the template to call). */
    public boolean cancel(GroupClasses.Session s) {
        return s.status() == GroupClasses.SessionStatus.SCHEDULED && !s.date().isBefore(today)
                && (cancelAny || me.is(s.leaderId()));
    }
}
