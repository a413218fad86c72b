package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.therapyassist.platform.CurrentUser;

/**
 * Published, inside the editing transaction, when the author changes a draft's pain, TUG or chair-stand values before
 * signing it: the outcomes module corrects the measure results the first values became and checks the new readings
 * against the delegation's stop criteria. Listeners run synchronously, so a refusal stops the change.
 */
public record SessionRemeasured(CurrentUser changedBy, UUID sessionRecordId, UUID delegationId, UUID patientId,
        LocalDate performedOn, Readings before, Readings after) {

    public record Readings(Integer painBefore, Integer painAfter, BigDecimal tugSeconds, Integer chairStandCount) {
    }

    public boolean changesAnything() {
        return !before.equals(after) && !(sameNumber(before.tugSeconds(), after.tugSeconds())
                && Objects.equals(before.painBefore(), after.painBefore())
                && Objects.equals(before.painAfter(), after.painAfter())
                && Objects.equals(before.chairStandCount(), after.chairStandCount()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
