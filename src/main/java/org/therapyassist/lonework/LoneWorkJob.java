package org.therapyassist.lonework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lone working watch, run every minute under a cluster-wide lock: raises a missed check-out for every open check-in
 * past its expected time out plus the grace, and escalates every first-level alert nobody acknowledged in time. It
 * reads what is overdue from the rows each run, so nothing lives in memory and a restart loses nothing; each alert is
 * raised in its own transaction, and the unique key on (check-in, kind, round) means that even two runs at once (a lock
 * lost, two nodes) raise it once.
 */
@Component
public class LoneWorkJob {

    /** Rows handled per run and kind; the next minute's run takes the rest. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(LoneWorkJob.class);

    private final CheckInRows checkIns;
    private final AlertRows alerts;
    private final LoneWorkerAlerts alerting;
    private final LoneWorkProperties properties;
    private final TransactionTemplate transactions;

    LoneWorkJob(CheckInRows checkIns, AlertRows alerts, LoneWorkerAlerts alerting, LoneWorkProperties properties,
            PlatformTransactionManager transactions) {
        this.checkIns = checkIns;
        this.alerts = alerts;
        this.alerting = alerting;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What one run did. */
    public record Run(int raised, int escalated) {
    }

    /** One run as of {@code now}, or empty when another node holds the lock. */
    @SchedulerLock(name = "lone-working", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public Optional<Run> runLocked(Instant now) {
        return Optional.of(runAt(now));
    }

    /** One run as of {@code now}, without the lock: safe to run twice at once, as the tests do. */
    public Run runAt(Instant now) {
        int raised = 0;
        List<CheckIn> overdue = checkIns.overdueWithoutAlert(now.minus(properties.grace()), BATCH);
        for (CheckIn checkIn : overdue) {
            if (LoneWorkRules.checkOutMissed(checkIn.expectedOutAt(), checkIn.leftAt(), properties.grace(), now)
                    && once(() -> alerting.raiseMissedCheckOut(checkIn, now).isPresent())) {
                raised++;
            }
        }
        int escalated = 0;
        for (AlertRows.Row row : alerts.awaitingEscalation(now.minus(properties.escalateAfter()), BATCH)) {
            if (LoneWorkRules.escalates(row.kind(), row.level(), row.raisedAt(), row.acknowledgedAt(),
                    row.checkIn().leftAt(), properties.escalateAfter(), now)
                    && once(() -> alerting.escalate(row, now))) {
                escalated++;
            }
        }
        if (raised + escalated > 0) {
            log.info("Lone working watch: {} alerts raised, {} escalated", raised, escalated);
        }
        return new Run(raised, escalated);
    }

    /** One alert's work in its own transaction; a clash with another node doing the same means it is done there. */
    private boolean once(BooleanSupplier work) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> work.getAsBoolean()));
        } catch (DuplicateKeyException | ConcurrencyFailureException e) {
            log.info("Lone working watch: another run did this one ({})", e.getClass().getSimpleName());
            return false;
        }
    }
}
