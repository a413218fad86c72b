package org.therapyassist.lonework;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Fires the lone working watch every check-every (a minute by default); switched off in tests, which call the job. */
@Component
@ConditionalOnProperty(name = "therapy-assist.lone-working.enabled", havingValue = "true", matchIfMissing = true)
class LoneWorkSchedule {

    private final LoneWorkJob job;
    private final Clock clock;

    LoneWorkSchedule(LoneWorkJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    // Each node counts its delay from its own start, so without the tick lock every node would run the watch once a
    // period. The lock is held for a whole period from the run that took it: one run a period across the nodes, and
    // another node takes over within a period if this one stops. (The job's own lock stops two runs at once.)
    @Scheduled(fixedDelayString = "${therapy-assist.lone-working.check-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "lone-working-tick", lockAtLeastFor = "${therapy-assist.lone-working.check-every:PT1M}", lockAtMostFor = "PT10M")
    void watch() {
        job.runLocked(clock.instant());
    }
}
