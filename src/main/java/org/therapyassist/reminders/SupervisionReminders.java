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
                    String due = s.nextDueOn() == null
                            ? null
                            : (s.overdue() ? " was due on " : " is due on ") + ReminderText.date(s.nextDueOn()) + ".";
                    String toThem = due == null
                            ? "No supervision is recorded for you yet. Ask your lead to book a session."
                            : "Your supervision" + due;
                    String toLeads = due == null
                            ? "No supervision recorded yet for " + s.name() + ". Book a session."
                            : "Supervision for " + s.name() + due;
                    return new Due(s.staffId(), s.overdue() ? "SUPERVISION_OVERDUE" : "SUPERVISION_DUE",
                            "supervision:" + s.staffId() + ":" + when, s.nextDueOn(), toThem, toLeads);
                })
                .toList();
    }
}
