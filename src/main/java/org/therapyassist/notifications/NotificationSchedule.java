package org.therapyassist.notifications;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the outbox every send-every (a minute by default); switched off in tests, which call the job. */
@Component
@ConditionalOnProperty(name = "therapy-assist.notifications.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

    private final NotificationJob job;
    private final Clock clock;

    NotificationSchedule(NotificationJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    // One run a period across the nodes, as the lone working watch (LoneWorkSchedule says why).
    @Scheduled(fixedDelayString = "${therapy-assist.notifications.send-every:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "notifications-tick", lockAtLeastFor = "${therapy-assist.notifications.send-every:PT1M}", lockAtMostFor = "PT10M")
    void send() {
        job.runLocked(clock.instant());
    }
}
