package org.therapyassist.platform.idempotency;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers past their time, and used form tokens past theirs, are deleted once an hour, on one node (ShedLock). */
@Component
class IdempotencySweep {

    private static final Logger log = LoggerFactory.getLogger(IdempotencySweep.class);

    private final IdempotencyStore keys;
    private final FormTokens forms;
    private final Clock clock;

    IdempotencySweep(IdempotencyStore keys, FormTokens forms, Clock clock) {
        this.keys = keys;
        this.forms = forms;
        this.clock = clock;
    }

    // Held for the whole hour, so with several nodes (each counting the hour from its own start) it runs once an hour.
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "idempotency-sweep", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1H")
    @Transactional
    public void sweep() {
        int swept = keys.sweep(clock.instant());
        int tokens = forms.sweep(clock.instant());
        if (swept + tokens > 0) {
            log.info("Swept {} expired Idempotency-Key answers and {} used form tokens", swept, tokens);
        }
    }
}
