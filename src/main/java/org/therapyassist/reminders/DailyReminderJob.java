package org.therapyassist.reminders;

import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run under a cluster-wide lock: when several nodes fire at once, one writes and the others skip.
 * The lock is held at least a few minutes so a node whose clock is a little behind does not run it again.
 */
@Component
public class DailyReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DailyReminderJob.class);

    private final Reminders reminders;

    DailyReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    /** How many reminders were written, or empty when another node holds the lock. */
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "${therapy-assist.reminders.lock-at-least-for:PT5M}")
    public Optional<Integer> runLocked(LocalDate day) {
        int written = reminders.writeFor(day);
        log.info("Daily reminders for {}: {} written", day, written);
        return Optional.of(written);
    }
}
