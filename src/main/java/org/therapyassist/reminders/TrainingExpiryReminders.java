package org.therapyassist.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.training.Training;

/** Mandatory training expiring within 60 days or expired: the latest completion per course, so a renewal ends it. */
@Component
class TrainingExpiryReminders implements ReminderSource {

    static final int WARN_DAYS = 60;

    private final Training training;

    TrainingExpiryReminders(Training training) {
        this.training = training;
    }

    @Override
    public List<Due> dueOn(UUID organisationId, LocalDate day) {
        return training.expiringBy(organisationId, day.plusDays(WARN_DAYS)).stream()
                .map(e -> {
                    boolean expired = e.expiresOn().isBefore(day);
                    return new Due(e.staffId(), expired ? "TRAINING_EXPIRED" : "TRAINING_EXPIRING",
                            "training:" + e.recordId(), e.expiresOn(),
                            "Your " + what(e, expired) + " Book the course with your lead.",
                            Due.PERSON + "'s " + what(e, expired) + " Help them book the course.");
                })
                .toList();
    }

    private static String what(Training.Expiring e, boolean expired) {
        return "mandatory training, " + e.courseTitle() + (expired ? ", expired on " : ", is due for renewal by ")
                + ReminderText.date(e.expiresOn()) + ".";
    }
}
