package org.therapyassist.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;

/**
 * Reminders for staff: written by the daily job from every {@link ReminderSource}, addressed to the person and their
 * team's leads, shown on My day and in the inbox until dismissed. Writing is idempotent.
 */
@Service
public class Reminders {

    public record Reminder(UUID id, String kind, UUID aboutStaffId, String aboutName, String subjectRef, LocalDate dueOn,
            String message, LocalDate createdOn) {

        /** Whether it is about the reader's own work, or someone in their team. */
        public boolean aboutSomeoneElse(UUID reader) {
            return !aboutStaffId.equals(reader);
        }
    }

    private final JdbcClient jdbc;
    private final List<ReminderSource> sources;
    private final Clock clock;

    Reminders(JdbcClient jdbc, List<ReminderSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    /** Runs every source for every organisation on the day; returns how many new reminders were written. */
    @Transactional
    public int writeFor(LocalDate day) {
        int written = 0;
        for (UUID org : jdbc.sql("select id from organisation order by id").query(UUID.class).list()) {
            Map<UUID, Set<UUID>> leadsByTeam = leadsByTeam(org);
            Map<UUID, UUID> teamOf = jdbc.sql("select id, team_id from staff_member where organisation_id = ? and enabled = true "
                            + "and team_id is not null")
                    .param(org).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                    .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (ReminderSource source : sources) {
                for (ReminderSource.Due due : source.dueOn(org, day)) {
                    Set<UUID> recipients = new LinkedHashSet<>();
                    recipients.add(due.aboutStaffId());
                    recipients.addAll(leadsByTeam.getOrDefault(teamOf.get(due.aboutStaffId()), Set.of()));
                    for (UUID recipient : recipients) {
                        written += jdbc.sql("insert into reminder (id, organisation_id, recipient_id, about_staff_id, kind, "
                                        + "subject_ref, due_on, message, created_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        + "on conflict do nothing")
                                .params(Ids.newId(), org, recipient, due.aboutStaffId(), due.kind(), due.subjectRef(),
                                        due.dueOn(), due.message(), day)
                                .update();
                    }
                }
            }
        }
        return written;
    }

    @Transactional(readOnly = true)
    public List<Reminder> openFor(UUID organisationId, UUID staffId) {
        return jdbc.sql("select r.id, r.kind, r.about_staff_id, s.given_name || ' ' || s.family_name, r.subject_ref, r.due_on, "
                        + "r.message, r.created_on from reminder r join staff_member s on s.id = r.about_staff_id "
                        + "where r.organisation_id = ? and r.recipient_id = ? and r.dismissed_at is null "
                        + "order by r.due_on, r.created_on")
                .params(organisationId, staffId)
                .query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    /** Only the person it is addressed to can dismiss a reminder, once. */
    @Transactional
    public void dismiss(CurrentUser user, UUID reminderId) {
        boolean mine = jdbc.sql("select count(*) from reminder where organisation_id = ? and id = ? and recipient_id = ?")
                .params(user.organisationId(), reminderId, user.staffId()).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotFoundException("reminder.not-found", "There is no such reminder for you.");
        }
        int rows = jdbc.sql("update reminder set dismissed_at = ? where organisation_id = ? and id = ? and dismissed_at is null")
                .params(Time.db(clock.instant()), user.organisationId(), reminderId).update();
        if (rows != 1) {
            throw new ConflictException("reminder.already-dismissed", "This reminder has already been dismissed.");
        }
    }

    /** Team leads and support-worker leads of each team: who hears about their team's reminders. */
    private Map<UUID, Set<UUID>> leadsByTeam(UUID organisationId) {
        return jdbc.sql("select team_id, id from staff_member where organisation_id = ? and enabled = true and team_id is not null "
                        + "and job_role in ('TEAM_LEAD', 'SUPPORT_WORKER_LEAD')")
                .param(organisationId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }
}
