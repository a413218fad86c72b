package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.platform.CurrentUser;

/**
 * Published, inside the recording transaction, when a session record carries pain, TUG or chair-stand values, so
 * that the outcomes module can keep them as measure results and check the delegation's stop criteria. Listeners run
 * synchronously: a failure rolls the session record back rather than losing the measure. It carries who delegated the
 * task and the patient's date of birth, read moments before with the delegation (locked) in the same transaction, so
 * that keeping each reading does not read them again.
 */
public record SessionMeasured(CurrentUser recordedBy, UUID sessionRecordId, UUID delegationId, UUID delegatedBy,
        UUID patientId, LocalDate patientBornOn, LocalDate performedOn, Integer painBefore, Integer painAfter,
        BigDecimal tugSeconds, Integer chairStandCount) {

    public boolean hasMeasures() {
        return painBefore != null || painAfter != null || tugSeconds != null || chairStandCount != null;
    }
}
