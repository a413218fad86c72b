package org.therapyassist.workforce;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;

/**
 * Closes reminders when what they asked for is done, in the transaction of the work that did it (a renewed sign-off,
 * a supervision session, renewed training, an induction caught up, a move to another team). A closed reminder is kept
 * with when, why and by whom; the daily job closes whatever is no longer due as a second line of defence.
 * Kept apart from {@link Reminders} so that the services the reminder sources read can use it without a cycle.
 */
@Component
class ReminderClosures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderClosures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
                .params(Time.db(clock.instant()), reason, closedBy, organisationId, aboutStaffId, group.name()).update();
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
