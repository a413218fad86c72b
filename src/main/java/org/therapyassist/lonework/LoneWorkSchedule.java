package org.therapyassist.lonework;

import java.time.Clock;
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

    @Scheduled(fixedDelayString = "${therapy-assist.lone-working.check-every:PT1M}", initialDelayString = "PT30S")
    void watch() {
        job.runLocked(clock.instant());
    }
}
