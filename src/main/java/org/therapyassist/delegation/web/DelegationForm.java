package org.therapyassist.delegation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.delegation.Enums;
import org.therapyassist.delegation.Frequency;
import org.therapyassist.delegation.NewDelegation;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Label;

/**
 * The delegation form as typed. The six pre-delegation questions come as ticked {@code checks}; the form becomes the
 * API's {@link NewDelegation}, whose rules check it.
 */
record DelegationForm(UUID patientId, UUID episodeId, String taskType, UUID workerId, String instructions,
        Frequency frequency, Enums.TimeOfDay timeOfDay, @Label("{delegation.field.starts-on}") LocalDate startsOn,
        @Label("{delegation.field.ends-on}") LocalDate endsOn, String escalationCriteria, String patientRisks,
        Enums.Consent consent,
        String consentNote, Enums.Supervision supervision, String contactInstructions,
        @Label("{delegation.field.review-on}") LocalDate reviewOn, List<String> checks) {

    NewDelegation command() {
        return new NewDelegation(patientId, episodeId, Text.blankToNull(taskType), workerId, instructions, frequency,
                timeOfDay, startsOn, endsOn, escalationCriteria, patientRisks, consent, consentNote, supervision,
                contactInstructions, reviewOn, checks.contains("checkBestInterest"), checks.contains("checkWithinRole"),
                checks.contains("checkAppropriateNow"), checks.contains("checkConsent"),
                checks.contains("checkCompetentAndConfident"), checks.contains("checkCanReportBack"));
    }
}
