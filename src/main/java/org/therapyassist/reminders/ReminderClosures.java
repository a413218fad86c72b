package org.therapyassist.reminders;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.therapyassist.competence.SignOffRecorded;
import org.therapyassist.competence.SignOffWithdrawn;
import org.therapyassist.development.SupervisionRecorded;
import org.therapyassist.induction.InductionCaughtUp;
import org.therapyassist.induction.RotationStarted;
import org.therapyassist.platform.Time;
import org.therapyassist.training.TrainingRecorded;

/**
 * Closes reminders when what they asked for is done (a renewed sign-off, a supervision session, renewed training, an
 * induction caught up, a move to another team), on the events of the modules that did the work. A closed reminder is
 * kept with when, why and by whom; the daily job closes whatever is no longer due as a second line of defence.
 *
 * <p>
 * The listeners run straight after the work commits, in their own transaction and on the same thread, so the person
 * who did the work sees their reminders gone on the next page. Spring Modulith's event publication registry records
 * each event with the work's transaction and marks it done when the listener finishes: one that fails (or a crash in
 * between) stays incomplete and is published again when the application restarts, so no closure is lost.
 */
@Component
class ReminderClosures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderClosures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SignOffRecorded event) {
        closeSubjects(event.organisationId(), signOffSubjects(event.superseded()),
                "Signed off again on " + ReminderText.date(event.signedOn()) + " by " + event.assessorName(),
                event.assessorId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SignOffWithdrawn event) {
        closeSubjects(event.organisationId(), signOffSubjects(List.of(event.signOffId())), "Sign-off withdrawn",
                event.withdrawnBy());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TrainingRecorded event) {
        closeSubjects(event.organisationId(), trainingSubjects(event.renewed()),
                "Training renewed on " + ReminderText.date(event.completedOn()) + ", recorded by "
                        + event.recordedByName(),
                event.recordedBy());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SupervisionRecorded event) {
        closeAbout(event.organisationId(), event.staffId(), ReminderGroup.SUPERVISION,
                "Supervision recorded on " + ReminderText.date(event.heldOn()) + " by " + event.supervisorName(),
                event.supervisorId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(InductionCaughtUp event) {
        closeSubjects(event.organisationId(), List.of("induction:" + event.planId()),
                "Induction caught up: " + event.done() + " of " + event.total() + " items signed off",
                event.signedOffBy());
    }

    /** The old team's leads no longer hear about this person; the new team's leads do from the next daily run. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RotationStarted event) {
        closeForOthersAbout(event.organisationId(), event.staffId(), "Moved to " + event.toTeamName(),
                event.startedBy());
    }

    /** Closes every open reminder, for every recipient, about these subjects ({@code signoff:<id>}, say). */
    int closeSubjects(UUID organisationId, Collection<String> subjects, String reason, UUID closedBy) {
        int closed = 0;
        for (String subject : subjects) {
            closed += jdbc.sql("update reminder set closed_at = ?, closed_reason = ?, closed_by = ? "
                    + "where organisation_id = ? and subject_ref = ? and closed_at is null")
                    .params(Time.db(clock.instant()), reason, closedBy, organisationId, subject).update();
        }
        return closed;
    }

    /** Closes every open reminder of a group about one person (all their supervision reminders, say). */
    int closeAbout(UUID organisationId, UUID aboutStaffId, ReminderGroup group, String reason, UUID closedBy) {
        return jdbc.sql("update reminder set closed_at = ?, closed_reason = ?, closed_by = ? "
                + "where organisation_id = ? and about_staff_id = ? and kind_group = ? and closed_at is null")
                .params(Time.db(clock.instant()), reason, closedBy, organisationId, aboutStaffId, group.name())
                .update();
    }

    /** Closes the reminders about a person that went to someone else: their team's leads, when they move team. */
    int closeForOthersAbout(UUID organisationId, UUID aboutStaffId, String reason, UUID closedBy) {
        return jdbc.sql("update reminder set closed_at = ?, closed_reason = ?, closed_by = ? "
                + "where organisation_id = ? and about_staff_id = ? and recipient_id <> about_staff_id "
                + "and closed_at is null")
                .params(Time.db(clock.instant()), reason, closedBy, organisationId, aboutStaffId).update();
    }

    static List<String> signOffSubjects(Collection<UUID> signOffIds) {
        return signOffIds.stream().map(id -> "signoff:" + id).toList();
    }

    static List<String> trainingSubjects(Collection<UUID> recordIds) {
        return recordIds.stream().map(id -> "training:" + id).toList();
    }
}
