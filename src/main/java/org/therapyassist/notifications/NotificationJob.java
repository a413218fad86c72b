package org.therapyassist.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.LanguagePreferences;
import org.therapyassist.platform.web.Languages;

/**
 * Sends the outbox: every waiting e-mail whose time has come, through the {@link NoticeSender}, one node at a time
 * (ShedLock). A failure leaves the e-mail waiting and tries again later, waiting twice as long each time (up to two
 * hours), and gives up after max-attempts; the clinical work it tells of committed long before and is never touched.
 */
@Component
public class NotificationJob {

    /** E-mails sent per run; the next run takes the rest. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(NotificationJob.class);

    private final NotificationOutbox outbox;
    private final NoticeSender sender;
    private final LanguagePreferences languages;
    private final NotificationProperties properties;

    NotificationJob(NotificationOutbox outbox, NoticeSender sender, LanguagePreferences languages,
            NotificationProperties properties) {
        this.outbox = outbox;
        this.sender = sender;
        this.languages = languages;
        this.properties = properties;
    }

    /** What one run did. */
    public record Run(int sent, int notSent, int failed) {
    }

    /** One run as of {@code now}, or empty when another node holds the lock. */
    @SchedulerLock(name = "notifications", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public Optional<Run> runLocked(Instant now) {
        return Optional.of(sendDue(now));
    }

    /** One run as of {@code now}, without the lock (the tests call it). */
    public Run sendDue(Instant now) {
        int sent = 0;
        int notSent = 0;
        int failed = 0;
        for (NotificationOutbox.Row row : outbox.due(now, BATCH)) {
            Notice notice = NotificationRules.compose(row.kind(), row.outcome(), row.subjectId(),
                    properties.baseUrl(), languageOf(row));
            try {
                NoticeSender.Delivery delivery = sender.send(row.recipientEmail(), notice);
                boolean wasSent = delivery == NoticeSender.Delivery.SENT;
                outbox.finish(row.id(), wasSent ? NotificationOutbox.Status.SENT : NotificationOutbox.Status.NOT_SENT,
                        now);
                if (wasSent) {
                    sent++;
                } else {
                    notSent++;
                }
            } catch (RuntimeException e) {
                failed++;
                int attempts = row.attempts() + 1;
                Instant next = attempts >= properties.maxAttempts() ? null : now.plus(backoff(attempts));
                // The exception's class only: a mail server's message may quote the address.
                outbox.failed(row.id(), e.getClass().getSimpleName(), next, now);
                log.warn("E-mail {} ({}) not sent, try {}: {}", row.id(), row.kind(), attempts,
                        e.getClass().getSimpleName());
            }
        }
        if (sent + notSent + failed > 0) {
            log.info("Notifications: {} e-mails sent, {} kept as not sent (no mail server), {} failed", sent, notSent,
                    failed);
        }
        return new Run(sent, notSent, failed);
    }

    /** 1, 2, 4 … minutes after each failure, at most two hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(attempts - 1, 7);
        return Duration.ofMinutes(Math.min(minutes, 120));
    }

    private Locale languageOf(NotificationOutbox.Row row) {
        // A referrer is outside the service and has no stored language: English.
        return row.recipientStaffId() == null
                ? Languages.ENGLISH
                : languages.of(row.recipientStaffId()).orElse(Languages.ENGLISH);
    }
}
