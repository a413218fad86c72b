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
                    String what = e.competencyCode() + " " + e.title();
                    return new Due(e.staffId(), expired ? "COMPETENCY_EXPIRED" : "COMPETENCY_EXPIRING",
                            "signoff:" + e.signOffId(), e.expiresOn(),
                            "Competency " + what + (expired ? " expired on " : " expires on ")
                                    + ReminderText.date(e.expiresOn())
                                    + ". Arrange a reassessment.");
                })
                .toList();
    }
}
