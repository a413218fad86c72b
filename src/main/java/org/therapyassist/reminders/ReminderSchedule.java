package org.therapyassist.reminders;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;

/** Fires the reminder job each morning (therapy-assist.reminders.cron, London time); switched off in tests. */
@Component
@ConditionalOnProperty(name = "therapy-assist.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final DailyReminderJob job;
    private final Clock clock;

    ReminderSchedule(DailyReminderJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    @Scheduled(cron = "${therapy-assist.reminders.cron:0 30 6 * * *}", zone = "Europe/London")
    void daily() {
        job.runLocked(Time.today(clock));
    }
}
