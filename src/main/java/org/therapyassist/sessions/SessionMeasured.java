package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.platform.CurrentUser;

/**
 * Published, inside the recording transaction, when a session record carries pain, TUG or chair-stand values, so
 * that the outcomes module can keep them as measure results and check the delegation's stop criteria. Listeners run
 * synchronously: a failure rolls the session record back rather than losing the measure.
 */
public record SessionMeasured(CurrentUser recordedBy, UUID sessionRecordId, UUID delegationId, UUID patientId,
        LocalDate performedOn, Integer painBefore, Integer painAfter, BigDecimal tugSeconds, Integer chairStandCount) {

    public boolean hasMeasures() {
        return painBefore != null || painAfter != null || tugSeconds != null || chairStandCount != null;
    }
}
