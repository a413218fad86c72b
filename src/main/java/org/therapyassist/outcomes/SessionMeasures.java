package org.therapyassist.outcomes;

import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.therapyassist.sessions.SessionMeasured;
import org.therapyassist.sessions.SessionRemeasured;

/**
 * Keeps the pain, TUG and chair-stand values of a session record as measure results (source: that record) and
 * checks the delegation's stop criteria, inside the session's own transaction.
 */
@Component
class SessionMeasures {

    private final SessionResults results;
    private final StopCriteria stopCriteria;

    SessionMeasures(SessionResults results, StopCriteria stopCriteria) {
        this.results = results;
        this.stopCriteria = stopCriteria;
    }

    @EventListener
    void on(SessionMeasured event) {
        results.fromSession(event.recordedBy(),
                new SessionResults.Session(event.sessionRecordId(), event.delegationId(), event.delegatedBy(),
                        event.patientId(), event.patientBornOn(), event.performedOn()),
                event.painBefore(), event.painAfter(), event.tugSeconds(), event.chairStandCount());
        stopCriteria.checkSession(event.recordedBy(), event.delegationId(), event.performedOn(),
                new StopRules.Readings(event.painBefore(), event.painAfter(), event.tugSeconds(),
                        event.chairStandCount()));
    }

    /** A draft's readings changed before signing: correct the results and check the changed readings again. */
    @EventListener
    void on(SessionRemeasured event) {
        results.reviseFromSession(event.changedBy(), event);
        var before = event.before();
        var after = event.after();
        boolean pain = !Objects.equals(before.painBefore(), after.painBefore())
                || !Objects.equals(before.painAfter(), after.painAfter());
        boolean tug = before.tugSeconds() == null
                ? after.tugSeconds() != null
                : after.tugSeconds() == null || before.tugSeconds().compareTo(after.tugSeconds()) != 0;
        boolean stands = !Objects.equals(before.chairStandCount(), after.chairStandCount());
        stopCriteria.checkSession(event.changedBy(), event.delegationId(), event.performedOn(), new StopRules.Readings(
                pain ? after.painBefore() : null, pain ? after.painAfter() : null, tug ? after.tugSeconds() : null,
                stands ? after.chairStandCount() : null));
    }
}
