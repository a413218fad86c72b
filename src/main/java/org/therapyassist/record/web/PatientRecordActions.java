package org.therapyassist.record.web;

import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * What the person reading a patient's record may start from it, for the page and the sections other modules draw
 * on it (the policy decides the same when they do it). The audit trail is for team leads, as SecurityConfig guards
 * /audit/**.
 *
 * @param planCare
 *            add goals and programme items to an open episode
 */
record PatientRecordActions(boolean delegate, boolean openEpisode, boolean planCare, boolean auditTrail,
        boolean recordMeasure, boolean discharge) {

    static PatientRecordActions of(CurrentUser me, CommandGuard guard) {
        return new PatientRecordActions(guard.allows(me, Command.DELEGATE), guard.allows(me, Command.OPEN_EPISODE),
                guard.allows(me, Command.ADD_GOAL), me.has(Role.TEAM_LEAD), guard.allows(me, Command.RECORD_MEASURE),
                guard.allows(me, Command.WRITE_DISCHARGE));
    }
}
