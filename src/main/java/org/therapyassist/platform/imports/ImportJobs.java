package org.therapyassist.platform.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.web.Messages;

/**
 * Imports running in the background so that a page can show their progress, kept in memory for an hour after they
 * finish (a restart loses the progress, never the data: an import commits whole or not at all). Also the one place
 * that lets only one import of a kind run per organisation at a time in this process: a second waits for the first,
 * then finds its rows there and reports them unchanged instead of clashing with them.
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;

    ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /** Starts {@code work} in the background for {@code me}; {@code rows} is the number of rows in the file. */
    public ImportJob start(CurrentUser me, String kind, int rows, Function<ImportProgress, Object> work) {
        Instant now = clock.instant();
        jobs.values().removeIf(j -> j.finished() && j.finishedAt().plus(KEEP).isBefore(now));
        ImportJob job = new ImportJob(Ids.newId(), me.organisationId(), me.staffId(), kind, now, rows);
        jobs.put(job.id(), job);
        // Only the starter reads the report, so its row reasons and any failure are written in their language: the
        // request's, carried to the background thread where Messages.text looks for it.
        Locale language = LocaleContextHolder.getLocale();
        executor.submit(() -> {
            LocaleContextHolder.setLocale(language);
            try {
                job.finish(work.apply(job), clock.instant());
            } catch (RuntimeException e) {
                if (!(e instanceof DomainException)) {
                    log.error("Import {} ({}) failed", job.id(), kind, e);
                }
                job.fail(e, clock.instant());
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
        return job;
    }

    /** The job if {@code me} started it; 404 for anyone else's, an unknown one or one long finished. */
    public ImportJob find(CurrentUser me, String kind, UUID id) {
        ImportJob job = id == null ? null : jobs.get(id);
        if (job == null || !job.kind().equals(kind) || !job.organisationId().equals(me.organisationId())
                || !job.staffId().equals(me.staffId())) {
            throw new NotFoundException("import.not-found", Messages.text("platform.import.not-found"));
        }
        return job;
    }

    /**
     * Runs {@code work} once no other import of this kind is running for the organisation; 409 after waiting five
     * minutes. Call it outside any transaction, so that the work's own transaction starts after the lock is held and
     * sees everything the previous import committed. When the work meets a duplicate key (someone added one of its
     * rows meanwhile: another server, or a person adding the record by hand) it runs once more, checking its rows
     * against what is there now.
     */
    public <R> R exclusive(UUID organisationId, String kind, ImportProgress progress, Supplier<R> work) {
        ReentrantLock lock = locks.computeIfAbsent(kind + ":" + organisationId, k -> new ReentrantLock(true));
        boolean held;
        try {
            if (lock.isLocked()) {
                progress.waiting();
            }
            held = lock.tryLock(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        if (!held) {
            throw new ConflictException("import.running", Messages.text("platform.import.running"));
        }
        try {
            try {
                return work.get();
            } catch (DuplicateKeyException e) {
                return work.get();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
