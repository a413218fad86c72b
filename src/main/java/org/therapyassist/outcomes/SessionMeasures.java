package org.therapyassist.outcomes;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.therapyassist.sessions.SessionMeasured;

/**
 * Keeps the pain, TUG and chair-stand values of a session record as measure results (source: that record) and
 * checks the delegation's stop criteria, inside the session's own transaction.
 */
@Component
class SessionMeasures {

    private final MeasureResults results;
    private final StopCriteria stopCriteria;

    SessionMeasures(MeasureResults results, StopCriteria stopCriteria) {
        this.results = results;
        this.stopCriteria = stopCriteria;
    }

    @EventListener
    void on(SessionMeasured event) {
        results.fromSession(event.recordedBy(), event.patientId(), event.delegationId(), event.sessionRecordId(),
                event.performedOn(), event.painBefore(), event.painAfter(), event.tugSeconds(), event.chairStandCount());
        stopCriteria.checkSession(event.recordedBy(), event.delegationId(), event.performedOn(),
                new StopRules.Readings(event.painBefore(), event.painAfter(), event.tugSeconds(), event.chairStandCount()));
    }
}
