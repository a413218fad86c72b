package org.therapyassist.outcomes.web;

import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * What the person on a patient's measure page may do, for the page to offer (MeasureResults and the policy decide the
 * same when they do it): record the measure; correct a result the person recorded, or any as a registered therapist,
 * unless it came from a session record (corrected there, by amending the record).
 */
record MeasureActions(CurrentUser me, boolean record) {

    static MeasureActions of(CurrentUser me, CommandGuard guard) {
        return new MeasureActions(me, guard.allows(me, Command.RECORD_MEASURE));
    }

    public boolean correct(MeasureResult r) {
        return r.sessionRecordId() == null && (me.isRegistrant() || r.performerId().equals(me.staffId()));
    }
}
