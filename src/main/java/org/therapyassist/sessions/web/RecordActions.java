package org.therapyassist.sessions.web;

import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.sessions.SessionRecordView;

/**
 * What the person reading a session record may do with it, for the page to offer; the same rules are enforced when
 * they do it (SessionRecord, SessionRecords, the policy).
 *
 * @param editDraft
 *            change or sign it: the author, while it is a draft
 * @param countersign
 *            a registrant other than the author, while it waits for a countersignature
 * @param amend
 *            add an amendment once signed: the author or a registered therapist
 */
record RecordActions(boolean editDraft, boolean countersign, boolean amend) {

    static RecordActions of(CurrentUser me, SessionRecordView r, CommandGuard guard) {
        boolean author = r.authorId().equals(me.staffId());
        return new RecordActions(!r.signed() && author,
                r.awaitingCountersign() && !author && guard.allows(me, Command.COUNTERSIGN_SESSION_RECORD),
                r.signed() && (author || me.isRegistrant()));
    }
}
