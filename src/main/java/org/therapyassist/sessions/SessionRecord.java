package org.therapyassist.sessions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.web.Messages;

/**
 * A session record. Drafts can be signed by their author; once signed nothing in it changes. Corrections are
 * amendments beside it, and a countersignature is added once, by a registrant other than the author.
 */
public record SessionRecord(UUID id, UUID organisationId, UUID delegationId, UUID patientId, UUID authorId,
        int authorBand, UUID reviewerId, LocalDate performedOn, Instant recordedAt, String patientResponse,
        Integer painBefore, Integer painAfter, BigDecimal tugSeconds, Integer chairStandCount, String note,
        Status status, boolean requiresCountersign, Instant signedAt, int version,
        List<NewSessionRecord.Activity> activities, List<Progress> goalProgress, Countersignature countersignature,
        List<Amendment> amendments) {

    public enum Status { DRAFT, SIGNED }

    public record Progress(UUID goalId, GoalProgress progress, String note) {
    }

    public record Countersignature(UUID by, Instant at, String note) {
    }

    public record Amendment(UUID id, UUID authorId, Instant createdAt, String reason, String text) {
    }

    public SessionRecord sign(UUID actor, Instant now) {
        if (!authorId.equals(actor)) {
            throw new NotAllowedException("record.not-author", Messages.text("sessions.refusal.not-author-sign"));
        }
        if (status == Status.SIGNED) {
            throw alreadySigned();
        }
        return new SessionRecord(id, organisationId, delegationId, patientId, authorId, authorBand, reviewerId,
                performedOn, recordedAt, patientResponse, painBefore, painAfter, tugSeconds, chairStandCount, note,
                Status.SIGNED, requiresCountersign, now, version, activities, goalProgress, countersignature,
                amendments);
    }

    /**
     * A draft is its author's to finish: only they may change it, only while it is unsigned, and only from the version
     * they read, so a change made elsewhere in the meantime (another tab, the API) is never overwritten unseen.
     */
    public void requireEditableBy(UUID actor, int readVersion) {
        if (!authorId.equals(actor)) {
            throw new NotAllowedException("record.not-author", Messages.text("sessions.refusal.not-author-change"));
        }
        if (status == Status.SIGNED) {
            throw alreadySigned();
        }
        if (version != readVersion) {
            throw changedMeanwhile();
        }
    }

    public static ConflictException changedMeanwhile() {
        return new ConflictException("record.changed",
                Messages.text("sessions.refusal.changed"));
    }

    /** Amendments are added to signed records only; a draft is still the author's to finish. */
    public void requireAmendable() {
        if (status != Status.SIGNED) {
            throw new ConflictException("record.not-signed",
                    Messages.text("sessions.refusal.not-signed-amend"));
        }
    }

    public void requireCountersignableBy(UUID actor, boolean actorRegistered) {
        if (!actorRegistered) {
            throw new NotAllowedException("record.countersigner-not-registered",
                    Messages.text("sessions.refusal.countersigner-not-registered"));
        }
        if (authorId.equals(actor)) {
            throw new NotAllowedException("record.countersign-own", Messages.text("sessions.refusal.countersign-own"));
        }
        if (status != Status.SIGNED) {
            throw new ConflictException("record.not-signed", Messages.text("sessions.refusal.not-signed"));
        }
        if (countersignature != null) {
            throw new ConflictException("record.already-countersigned",
                    Messages.text("sessions.refusal.already-countersigned"));
        }
    }

    public boolean awaitingCountersign() {
        return status == Status.SIGNED && requiresCountersign && countersignature == null;
    }

    public static ConflictException alreadySigned() {
        return new ConflictException("record.already-signed",
                Messages.text("sessions.refusal.signed"));
    }
}
