package org.therapyassist.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.delegation.Enums.DeclineReason;
import org.therapyassist.delegation.Enums.Status;
import org.therapyassist.delegation.Enums.Supervision;
import org.therapyassist.delegation.Enums.TimeOfDay;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Messages;

/**
 * A delegation and its life: offered → accepted or declined; accepted → completed (at review) or cancelled.
 * Each transition checks who is acting and the current state, and refuses anything else.
 */
public final class Delegation {

    private final UUID id;
    private final UUID organisationId;
    private final UUID patientId;
    private final UUID episodeId;
    private final String taskTypeCode;
    private final UUID delegatorId;
    private final String delegatorRegistration;
    private final UUID workerId;
    private final Plan plan;
    private final Instant createdAt;
    private Status status;
    private DeclineReason declineReason;
    private String declineNote;
    private Instant respondedAt;
    private Instant closedAt;
    private String closeNote;
    private LocalDate reviewOn;
    private final Activity activity;
    private final int version;

    /** What was asked: instructions, timing, risks, consent and supervision. Fixed once delegated. */
    public record Plan(String instructions, Frequency frequency, TimeOfDay timeOfDay, LocalDate startsOn,
            LocalDate endsOn, String escalationCriteria, String patientRisks, Consent consent, String consentNote,
            Supervision supervision, String contactInstructions) {
    }

    /** What has been done so far, kept up to date as sessions are recorded. */
    public record Activity(LocalDate lastSessionOn, int sessionsCount, LocalDate weekOfLastSession,
            int sessionsThatWeek) {
        public static final Activity NONE = new Activity(null, 0, null, 0);

        Activity after(LocalDate day) {
            if (lastSessionOn != null && day.isBefore(lastSessionOn)) {
                return new Activity(lastSessionOn, sessionsCount + 1, weekOfLastSession,
                        Frequency.weekOf(day).equals(weekOfLastSession) ? sessionsThatWeek + 1 : sessionsThatWeek);
            }
            LocalDate week = Frequency.weekOf(day);
            int inWeek = week.equals(weekOfLastSession) ? sessionsThatWeek + 1 : 1;
            return new Activity(day, sessionsCount + 1, week, inWeek);
        }
    }

    public Delegation(UUID id, UUID organisationId, UUID patientId, UUID episodeId, String taskTypeCode,
            UUID delegatorId,
            String delegatorRegistration, UUID workerId, Plan plan, Instant createdAt, Status status,
            DeclineReason declineReason, String declineNote, Instant respondedAt, Instant closedAt, String closeNote,
            LocalDate reviewOn, Activity activity, int version) {
        this.id = id;
        this.organisationId = organisationId;
        this.patientId = patientId;
        this.episodeId = episodeId;
        this.taskTypeCode = taskTypeCode;
        this.delegatorId = delegatorId;
        this.delegatorRegistration = delegatorRegistration;
        this.workerId = workerId;
        this.plan = plan;
        this.createdAt = createdAt;
        this.status = status;
        this.declineReason = declineReason;
        this.declineNote = declineNote;
        this.respondedAt = respondedAt;
        this.closedAt = closedAt;
        this.closeNote = closeNote;
        this.reviewOn = reviewOn;
        this.activity = activity;
        this.version = version;
    }

    public void accept(UUID actor, Instant now) {
        requireWorker(actor);
        requireStatus(Status.OFFERED, "accepted");
        status = Status.ACCEPTED;
        respondedAt = now;
    }

    public void decline(UUID actor, DeclineReason reason, String note, Instant now) {
        requireWorker(actor);
        if (!status.isOpen()) {
            throw notOpen("declined");
        }
        if (reason == null) {
            throw new RefusedException("delegation.decline-reason", Messages.text("delegation.refusal.decline-reason"));
        }
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            throw new RefusedException("delegation.decline-reason", Messages.text("delegation.refusal.decline-note"));
        }
        status = Status.DECLINED;
        declineReason = reason;
        declineNote = note == null || note.isBlank() ? null : note.strip();
        respondedAt = now;
    }

    /** The delegator (or another registrant) withdraws the task. */
    public void cancel(String note, Instant now) {
        if (!status.isOpen()) {
            throw notOpen("cancelled");
        }
        status = Status.CANCELLED;
        closedAt = now;
        closeNote = note;
    }

    /** The delegator has seen a decline and dealt with it; it leaves their inbox. */
    public void acknowledgeDecline(Instant now) {
        requireStatus(Status.DECLINED, "acknowledged");
        if (closedAt != null) {
            throw new ConflictException("delegation.already-acknowledged",
                    Messages.text("delegation.refusal.already-acknowledged"));
        }
        closedAt = now;
    }

    /** A registrant reviews: continue to a new review date, or end the delegation. */
    public void review(Enums.ReviewOutcome outcome, LocalDate nextReviewOn, String note, LocalDate today, Instant now) {
        requireStatus(Status.ACCEPTED, "reviewed");
        if (outcome == Enums.ReviewOutcome.CONTINUE) {
            if (nextReviewOn == null || !nextReviewOn.isAfter(today)) {
                throw new InvalidInputException(Map.of("nextReviewOn",
                        Messages.text(nextReviewOn == null
                                ? "delegation.review.next.blank"
                                : "delegation.review.next.past")));
            }
            reviewOn = nextReviewOn;
        } else {
            status = Status.COMPLETED;
            closedAt = now;
            closeNote = note;
        }
    }

    /**
     * Only the worker it was delegated to, or a worker a published home visit sends to do it that day, while accepted
     * and within its dates, records sessions against it.
     */
    public void requireRecordableBy(UUID actor, LocalDate performedOn, boolean visitCovers) {
        if (!workerId.equals(actor) && !visitCovers) {
            throw new NotAllowedException("record.not-your-delegation",
                    Messages.text("delegation.refusal.not-your-delegation"));
        }
        if (status != Status.ACCEPTED) {
            throw new ConflictException("record.delegation-not-accepted",
                    Messages.text("delegation.refusal.not-accepted", status.title().toLowerCase()));
        }
        if (performedOn.isBefore(plan.startsOn()) || performedOn.isAfter(plan.endsOn())) {
            throw new InvalidInputException(
                    Map.of("performedOn", Messages.text("delegation.refusal.session-outside-dates")));
        }
    }

    public boolean reviewDue(LocalDate today) {
        return status == Status.ACCEPTED && !reviewOn.isAfter(today);
    }

    public boolean dueOn(LocalDate day) {
        return status == Status.ACCEPTED && !day.isBefore(plan.startsOn()) && !day.isAfter(plan.endsOn())
                && plan.frequency().dueOn(day, activity.lastSessionOn(), activity.sessionsThatWeek(),
                        activity.sessionsCount());
    }

    Activity activityAfterSessionOn(LocalDate day) {
        return activity.after(day);
    }

    private void requireWorker(UUID actor) {
        if (!workerId.equals(actor)) {
            throw new NotAllowedException("delegation.not-yours",
                    Messages.text("delegation.refusal.not-yours"));
        }
    }

    private void requireStatus(Status expected, String verb) {
        if (status != expected) {
            throw notOpen(verb);
        }
    }

    private ConflictException notOpen(String verb) {
        return new ConflictException("delegation.state-changed",
                Messages.text("delegation.refusal.state-changed." + verb, status.title().toLowerCase()));
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public UUID patientId() { return patientId; }
    public UUID episodeId() { return episodeId; }
    public String taskTypeCode() { return taskTypeCode; }
    public UUID delegatorId() { return delegatorId; }
    public String delegatorRegistration() { return delegatorRegistration; }
    public UUID workerId() { return workerId; }
    public Plan plan() { return plan; }
    public Instant createdAt() { return createdAt; }
    public Status status() { return status; }
    public DeclineReason declineReason() { return declineReason; }
    public String declineNote() { return declineNote; }
    public Instant respondedAt() { return respondedAt; }
    public Instant closedAt() { return closedAt; }
    public String closeNote() { return closeNote; }
    public LocalDate reviewOn() { return reviewOn; }
    public Activity activity() { return activity; }
    public int version() { return version; }
}
