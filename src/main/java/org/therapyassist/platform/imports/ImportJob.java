package org.therapyassist.platform.imports;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.web.Messages;

/**
 * One import running in the background for one member of staff, with its progress, then its result or why it failed.
 * Only its starter can see it ({@link ImportJobs#find}).
 */
public final class ImportJob implements ImportProgress {

    private final UUID id;
    private final UUID organisationId;
    private final UUID staffId;
    private final String kind;
    private final Instant started;
    private volatile String phase = "platform.import.phase.waiting";
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile Object result;
    private volatile String failure;
    private volatile Instant finished;

    ImportJob(UUID id, UUID organisationId, UUID staffId, String kind, Instant started, int rows) {
        this.id = id;
        this.organisationId = organisationId;
        this.staffId = staffId;
        this.kind = kind;
        this.started = started;
        this.total = rows;
    }

    @Override
    public void phase(String name, int rows) {
        this.done.set(0);
        this.total = rows;
        this.phase = name;
    }

    @Override
    public void advance(int rows) {
        int max = total;
        this.done.getAndUpdate(d -> Math.min(max, d + rows));
    }

    /** Keeps the number of rows in the file, so the page still says how many are to come. */
    @Override
    public void waiting() {
        this.done.set(0);
        this.phase = "platform.import.phase.queued";
    }

    void finish(Object value, Instant at) {
        this.result = value;
        this.finished = at;
    }

    void fail(RuntimeException e, Instant at) {
        this.failure = e instanceof DomainException
                ? e.getMessage()
                : Messages.text("platform.import.failed");
        this.finished = at;
    }

    public UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    UUID staffId() {
        return staffId;
    }

    String kind() {
        return kind;
    }

    Instant started() {
        return started;
    }

    public String phase() {
        return phase;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done.get();
    }

    public boolean finished() {
        return finished != null;
    }

    Instant finishedAt() {
        return finished;
    }

    /** The import's result once finished without failure; null before, or after a failure. */
    public <R> R result(Class<R> type) {
        return type.cast(result);
    }

    /** Why it failed, in words for the page; null while running or when it succeeded. */
    public String failure() {
        return failure;
    }
}
