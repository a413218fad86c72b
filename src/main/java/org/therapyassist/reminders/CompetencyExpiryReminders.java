package org.therapyassist.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.competence.CompetencyRegister;

/**
 * Competency sign-offs expiring within 60 days or already expired: the latest per competency, not revoked or renewed.
 */
@Component
class CompetencyExpiryReminders implements ReminderSource {

    static final int WARN_DAYS = 60;

    private final CompetencyRegister register;

    CompetencyExpiryReminders(CompetencyRegister register) {
        this.register = register;
    }

    @Override
    public List<Due> dueOn(UUID organisationId, LocalDate day) {
        return register.expiringBy(organisationId, day.plusDays(WARN_DAYS)).stream()
                .map(e -> {
                    boolean expired = e.expiresOn().isBefore(day);
                    String what = "sign-off for competency " + e.competencyCode() + " " + e.title()
                            + (expired ? " expired on " : " expires on ") + ReminderText.date(e.expiresOn()) + ".";
                    return new Due(e.staffId(), expired ? "COMPETENCY_EXPIRED" : "COMPETENCY_EXPIRING",
                            "signoff:" + e.signOffId(), e.expiresOn(),
                            "Your " + what + " Ask your supervisor to arrange a reassessment.",
                            Due.PERSON + "'s " + what + " Arrange a reassessment.");
                })
                .toList();
    }
}
