package org.therapyassist.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.development.Supervision;

/** Support workers whose supervision is overdue (or who were never supervised) or due within 14 days. */
@Component
class SupervisionReminders implements ReminderSource {

    static final int WARN_DAYS = 14;

    private final Supervision supervision;

    SupervisionReminders(Supervision supervision) {
        this.supervision = supervision;
    }

    @Override
    public List<Due> dueOn(UUID organisationId, LocalDate day) {
        return supervision.standingsOn(organisationId, day).stream()
                .filter(s -> s.overdue() || !s.nextDueOn().isAfter(day.plusDays(WARN_DAYS)))
                .map(s -> {
                    String when = s.nextDueOn() == null ? "never" : s.nextDueOn().toString();
                    String message = s.nextDueOn() == null
                            ? "No supervision recorded yet for " + s.name() + ". Book a session."
                            : s.overdue()
                                    ? "Supervision for " + s.name() + " was due on " + ReminderText.date(s.nextDueOn())
                                            + "."
                                    : "Supervision for " + s.name() + " is due on " + ReminderText.date(s.nextDueOn())
                                            + ".";
                    return new Due(s.staffId(), s.overdue() ? "SUPERVISION_OVERDUE" : "SUPERVISION_DUE",
                            "supervision:" + s.staffId() + ":" + when, s.nextDueOn(), message);
                })
                .toList();
    }
}
