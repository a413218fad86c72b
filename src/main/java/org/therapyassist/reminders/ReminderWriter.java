package org.therapyassist.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Writes the reminders of the day from every {@link ReminderSource}, for the person and their team's leads; see
 * {@link Reminders#writeFor}. Idempotent: one reminder per recipient and subject.
 */
@Component
class ReminderWriter {

    private final JdbcClient jdbc;
    private final List<ReminderSource> sources;
    private final StaffDirectory staff;
    private final Clock clock;

    ReminderWriter(JdbcClient jdbc, List<ReminderSource> sources, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Runs every source for every organisation on the day: raises what is newly due (or due again), escalates what
     * has become overdue, and closes what is no longer due or no longer the recipient's to hear about. Returns how
     * many reminders were raised or escalated.
     */
    @Transactional
    int writeFor(LocalDate day) {
        int written = 0;
        for (UUID org : staff.organisations()) {
            written += writeFor(org, day);
        }
        return written;
    }

    private int writeFor(UUID org, LocalDate day) {
        // Whoever has an account in use and a team, and the leads of each team: who hears about whom.
        List<StaffMember> people = staff.all(org).stream().filter(s -> s.teamId() != null).toList();
        Map<UUID, UUID> teamOf = people.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::teamId));
        Map<UUID, String> nameOf = people.stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        Map<UUID, Set<UUID>> leadsByTeam = people.stream()
                .filter(s -> s.jobRole() == JobRole.TEAM_LEAD || s.jobRole() == JobRole.SUPPORT_WORKER_LEAD)
                .collect(Collectors.groupingBy(StaffMember::teamId,
                        Collectors.mapping(StaffMember::id, Collectors.toSet())));
        Map<String, OpenRow> open = new HashMap<>();
        jdbc.sql(
                "select id, recipient_id, subject_ref, kind from reminder where organisation_id = ? and closed_at is null")
                .param(org)
                .query(rs -> {
                    OpenRow row = new OpenRow(rs.getObject(1, UUID.class), rs.getString(4));
                    open.put(key(rs.getObject(2, UUID.class), rs.getString(3)), row);
                });
        Instant now = clock.instant();
        Set<String> stillDue = new HashSet<>();
        Set<String> dueSubjects = new HashSet<>();
        int written = 0;
        for (ReminderSource source : sources) {
            for (ReminderSource.Due due : source.dueOn(org, day)) {
                dueSubjects.add(due.subjectRef());
                Set<UUID> recipients = new LinkedHashSet<>();
                recipients.add(due.aboutStaffId());
                recipients.addAll(leadsByTeam.getOrDefault(teamOf.get(due.aboutStaffId()), Set.of()));
                for (UUID recipient : recipients) {
                    String key = key(recipient, due.subjectRef());
                    stillDue.add(key);
                    String message = due.messageFor(recipient, nameOf.getOrDefault(due.aboutStaffId(), ""));
                    written += raise(org, recipient, due, message, open.get(key), day, now);
                }
            }
        }
        for (Map.Entry<String, OpenRow> row : open.entrySet()) {
            if (!stillDue.contains(row.getKey())) {
                String subject = row.getKey().substring(row.getKey().indexOf('|') + 1);
                jdbc.sql("update reminder set closed_at = ?, closed_reason = ? where id = ? and closed_at is null")
                        .params(Time.db(now), dueSubjects.contains(subject)
                                ? "No longer for you: the person is not in a team you lead"
                                : "No longer due on " + ReminderText.date(day),
                                row.getValue().id())
                        .update();
            }
        }
        return written;
    }

    /** Inserts, escalates or reopens one recipient's reminder; 1 when the recipient has something new to see. */
    private int raise(UUID org, UUID recipient, ReminderSource.Due due, String message, OpenRow existing, LocalDate day,
            Instant now) {
        String group = ReminderGroup.of(due.kind()).name();
        if (existing != null) {
            if (existing.kind().equals(due.kind())) {
                return 0;
            }
            if (Reminders.overdue(due.kind()) && !Reminders.overdue(existing.kind())) {
                // Expiring has become expired (due has become overdue): the same reminder, shown again if dismissed.
                return jdbc.sql("update reminder set kind = ?, kind_group = ?, due_on = ?, message = ?, raised_at = ?, "
                        + "dismissed_at = null where id = ?")
                        .params(due.kind(), group, due.dueOn(), message, Time.db(now), existing.id()).update();
            }
            jdbc.sql("update reminder set kind = ?, kind_group = ?, due_on = ?, message = ? where id = ?")
                    .params(due.kind(), group, due.dueOn(), message, existing.id()).update();
            return 0;
        }
        int inserted = jdbc
                .sql("insert into reminder (id, organisation_id, recipient_id, about_staff_id, kind, kind_group, "
                        + "subject_ref, due_on, message, created_on, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(Ids.newId(), org, recipient, due.aboutStaffId(), due.kind(), group, due.subjectRef(),
                        due.dueOn(), message, day, Time.db(now))
                .update();
        if (inserted == 1) {
            return 1;
        }
        // Closed before and due again (an induction that caught up and fell behind again): it opens again.
        return jdbc.sql("update reminder set kind = ?, kind_group = ?, due_on = ?, message = ?, raised_at = ?, "
                + "dismissed_at = null, closed_at = null, closed_reason = null, closed_by = null "
                + "where organisation_id = ? and recipient_id = ? and subject_ref = ? and closed_at is not null")
                .params(due.kind(), group, due.dueOn(), message, Time.db(now), org, recipient, due.subjectRef())
                .update();
    }

    private record OpenRow(UUID id, String kind) {
    }

    private static String key(UUID recipient, String subject) {
        return recipient + "|" + subject;
    }
}
