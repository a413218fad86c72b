package org.therapyassist.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint for every organisation each {@code therapy-assist.audit.checkpoint-interval} (5 minutes by
 * default), on one node at a time (ShedLock). That interval is how long a freshly written event is unprotected by a
 * checkpoint. Switched off in tests, which take checkpoints through verification.
 */
@Component
@ConditionalOnProperty(name = "therapy-assist.audit.scheduled-checkpoints", havingValue = "true", matchIfMissing = true)
class CheckpointSchedule {

    private final Checkpoints checkpoints;

    CheckpointSchedule(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    // Held for a whole interval: one checkpoint run an interval across the nodes, not one a node.
    @Scheduled(fixedDelayString = "${therapy-assist.audit.checkpoint-interval:5m}", initialDelayString = "${therapy-assist.audit.checkpoint-interval:5m}")
    @SchedulerLock(name = "audit-checkpoints", lockAtMostFor = "PT2H", lockAtLeastFor = "${therapy-assist.audit.checkpoint-interval:5m}")
    public void checkpointEveryOrganisation() {
        checkpoints.organisations().forEach(checkpoints::take);
    }
}
