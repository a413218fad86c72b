package org.therapyassist.delegation.web;

import java.util.List;

/** The delegation form as typed: strings, date parts and ticked checks. */
public record DelegationForm(String patientId, String episodeId, String taskType, String workerId, String instructions,
        String frequency, String timeOfDay, String startsOnDay, String startsOnMonth, String startsOnYear,
        String endsOnDay, String endsOnMonth, String endsOnYear, String escalationCriteria, String patientRisks,
        String consent, String consentNote, String supervision, String contactInstructions, String reviewOnDay,
        String reviewOnMonth, String reviewOnYear, List<String> checks) {

    static final List<String> CHECKS = List.of("checkBestInterest", "checkWithinRole", "checkAppropriateNow",
            "checkConsent", "checkCompetentAndConfident", "checkCanReportBack");

    public boolean checked(String check) {
        return checks != null && checks.contains(check);
    }
}
