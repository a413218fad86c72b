package org.therapyassist.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.Team;

/**
 * Reminders for staff: written by the daily job from every {@link ReminderSource}, addressed to the person and their
 * team's leads, shown on My day and in the inbox in groups until dismissed (one at a time or a group at once) or
 * closed because what they ask for is done. There is one reminder per recipient and subject: when a sign-off goes
 * from expiring to expired the same reminder changes (and shows again if it had been dismissed). Writing is idempotent.
 */
@Service
public class Reminders {

    /** How many people and reminders a group shows on the inbox and My day; the rest are a page away. */
    public static final int SHOWN_PER_GROUP = 5;

    public record Reminder(UUID id, String kind, ReminderGroup group, UUID aboutStaffId, String aboutName,
            String subjectRef, LocalDate dueOn, String message, LocalDate createdOn, Instant raisedAt) {

        /** Whether it is about the reader's own work, or someone in their team. */
        public boolean aboutSomeoneElse(UUID reader) {
            return !aboutStaffId.equals(reader);
        }

        /** Past its date (expired, overdue) or behind, rather than coming up. */
        public boolean overdue() {
            return Reminders.overdue(kind);
        }
    }

    /**
     * One group of the reader's open reminders: how many, how many overdue, who they are about (how many people and
     * the first few names), the first few reminders, and the newest raised time, which "Dismiss all" sends back so that
     * nothing raised after the reader looked is cleared unseen.
     */
    public record Group(ReminderGroup group, long count, long overdue, long aboutOthers, long peopleCount,
            List<String> people, List<Reminder> first, Instant raisedUpTo) {

        @com.fasterxml.jackson.annotation.JsonProperty("headline")
        public String headline() {
            return group.count(count)
                    + (aboutOthers == count ? " in your team" : aboutOthers > 0 ? ", some in your team" : "");
        }

        /** "Alice Smith, Ben Jones and 3 others". */
        public String peopleText() {
            String names = String.join(", ", people);
            long more = peopleCount - people.size();
            return more <= 0 ? names : names + " and " + more + (more == 1 ? " other" : " others");
        }

        /** More reminders in the group than are shown with it. */
        public boolean hasMore() {
            return count > first.size();
        }
    }

    /** The reader's open reminders in groups (a handful of lines, however many reminders there are). */
    public record Summary(List<Group> groups) {

        public Summary {
            groups = List.copyOf(groups);
        }

        @com.fasterxml.jackson.annotation.JsonProperty("total")
        public long total() {
            return groups.stream().mapToLong(Group::count).sum();
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmpty() {
            return groups.isEmpty();
        }

        /** The newest raised time of all groups: what "Dismiss all" sends back. */
        @com.fasterxml.jackson.annotation.JsonProperty("raisedUpTo")
        public Instant raisedUpTo() {
            return groups.stream().map(Group::raisedUpTo).max(Instant::compareTo).orElse(null);
        }
    }

    private static final String COLUMNS = "select r.id, r.kind, r.kind_group, r.about_staff_id, "
            + "s.given_name || ' ' || s.family_name as about_name, r.subject_ref, r.due_on, r.message, r.created_on, "
            + "r.raised_at from reminder r join staff_member s on s.id = r.about_staff_id ";
    private static final String OPEN = "r.organisation_id = ? and r.recipient_id = ? and r.closed_at is null "
            + "and r.dismissed_at is null ";

    private final JdbcClient jdbc;
    private final List<ReminderSource> sources;
    private final Clock clock;

    Reminders(JdbcClient jdbc, List<ReminderSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Runs every source for every organisation on the day: raises what is newly due (or due again), escalates what
     * has become overdue, and closes what is no longer due or no longer the recipient's to hear about. Returns how
     * many reminders were raised or escalated.
     */
    @Transactional
    public int writeFor(LocalDate day) {
        int written = 0;
        for (UUID org : jdbc.sql("select id from organisation order by id").query(UUID.class).list()) {
            written += writeFor(org, day);
        }
        return written;
    }

    private int writeFor(UUID org, LocalDate day) {
        Map<UUID, Set<UUID>> leadsByTeam = leadsByTeam(org);
        Map<UUID, UUID> teamOf = jdbc
                .sql("select id, team_id from staff_member where organisation_id = ? and enabled = true "
                        + "and team_id is not null")
                .param(org).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
                    written += raise(org, recipient, due, open.get(key), day, now);
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
    private int raise(UUID org, UUID recipient, ReminderSource.Due due, OpenRow existing, LocalDate day, Instant now) {
        String group = ReminderGroup.of(due.kind()).name();
        if (existing != null) {
            if (existing.kind().equals(due.kind())) {
                return 0;
            }
            if (overdue(due.kind()) && !overdue(existing.kind())) {
                // Expiring has become expired (due has become overdue): the same reminder, shown again if dismissed.
                return jdbc.sql("update reminder set kind = ?, kind_group = ?, due_on = ?, message = ?, raised_at = ?, "
                        + "dismissed_at = null where id = ?")
                        .params(due.kind(), group, due.dueOn(), due.message(), Time.db(now), existing.id()).update();
            }
            jdbc.sql("update reminder set kind = ?, kind_group = ?, due_on = ?, message = ? where id = ?")
                    .params(due.kind(), group, due.dueOn(), due.message(), existing.id()).update();
            return 0;
        }
        int inserted = jdbc
                .sql("insert into reminder (id, organisation_id, recipient_id, about_staff_id, kind, kind_group, "
                        + "subject_ref, due_on, message, created_on, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(Ids.newId(), org, recipient, due.aboutStaffId(), due.kind(), group, due.subjectRef(),
                        due.dueOn(), due.message(), day, Time.db(now))
                .update();
        if (inserted == 1) {
            return 1;
        }
        // Closed before and due again (an induction that caught up and fell behind again): it opens again.
        return jdbc.sql("update reminder set kind = ?, kind_group = ?, due_on = ?, message = ?, raised_at = ?, "
                + "dismissed_at = null, closed_at = null, closed_reason = null, closed_by = null "
                + "where organisation_id = ? and recipient_id = ? and subject_ref = ? and closed_at is not null")
                .params(due.kind(), group, due.dueOn(), due.message(), Time.db(now), org, recipient, due.subjectRef())
                .update();
    }

    static boolean overdue(String kind) {
        return kind.endsWith("EXPIRED") || kind.endsWith("OVERDUE") || kind.endsWith("BEHIND");
    }

    private record OpenRow(UUID id, String kind) {
    }

    private static String key(UUID recipient, String subject) {
        return recipient + "|" + subject;
    }

    /** The reader's open reminders, soonest due first, a page at a time; one group only when {@code group} is given. */
    @Transactional(readOnly = true)
    public Page<Reminder> openFor(UUID organisationId, UUID staffId, ReminderGroup group, PageRequest page) {
        String where = OPEN + (group == null ? "" : "and r.kind_group = ? ");
        Object[] params = group == null
                ? new Object[]{organisationId, staffId}
                : new Object[]{organisationId, staffId, group.name()};
        long total = jdbc.sql("select count(*) from reminder r where " + where).params(params).query(Long.class)
                .single();
        return page.of(total,
                () -> jdbc.sql(COLUMNS + "where " + where + "order by r.due_on, r.created_on, r.id limit ? offset ?")
                        .params(append(params, page.size(), page.offset())).query(Reminders::reminder).list());
    }

    /** The reader's open reminders in groups, each with a count, the first few names and reminders. */
    @Transactional(readOnly = true)
    public Summary summaryFor(UUID organisationId, UUID staffId) {
        record Counts(ReminderGroup group, long count, long overdue, long aboutOthers, Instant raisedUpTo,
                long people) {
        }
        List<Counts> counts = jdbc.sql("select r.kind_group, count(*), "
                + "sum(case when r.kind like '%EXPIRED' or r.kind like '%OVERDUE' or r.kind like '%BEHIND' then 1 else 0 end), "
                + "sum(case when r.about_staff_id <> r.recipient_id then 1 else 0 end), max(r.raised_at), "
                + "count(distinct r.about_staff_id) from reminder r where " + OPEN + "group by r.kind_group")
                .params(organisationId, staffId)
                .query((rs, n) -> new Counts(ReminderGroup.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getLong(6)))
                .list();
        List<Group> groups = new ArrayList<>();
        for (Counts c : counts) {
            List<Reminder> first = jdbc.sql(COLUMNS + "where " + OPEN + "and r.kind_group = ? "
                    + "order by r.due_on, r.created_on, r.id limit ?")
                    .params(organisationId, staffId, c.group().name(), SHOWN_PER_GROUP).query(Reminders::reminder)
                    .list();
            List<String> names = jdbc.sql("select s.given_name || ' ' || s.family_name from staff_member s "
                    + "where s.id in (select r.about_staff_id from reminder r where " + OPEN
                    + "and r.kind_group = ?) order by s.family_name, s.given_name limit ?")
                    .params(organisationId, staffId, c.group().name(), SHOWN_PER_GROUP).query(String.class).list();
            groups.add(new Group(c.group(), c.count(), c.overdue(), c.aboutOthers(), c.people(), names, first,
                    c.raisedUpTo()));
        }
        groups.sort((a, b) -> a.group().compareTo(b.group()));
        return new Summary(groups);
    }

    /** Only the person it is addressed to can dismiss a reminder, once. */
    @Transactional
    public void dismiss(CurrentUser user, UUID reminderId) {
        boolean mine = jdbc
                .sql("select count(*) from reminder where organisation_id = ? and id = ? and recipient_id = ?")
                .params(user.organisationId(), reminderId, user.staffId()).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotFoundException("reminder.not-found", "There is no such reminder for you.");
        }
        int rows = jdbc.sql("update reminder set dismissed_at = ? where organisation_id = ? and id = ? "
                + "and dismissed_at is null and closed_at is null")
                .params(Time.db(clock.instant()), user.organisationId(), reminderId).update();
        if (rows != 1) {
            throw new ConflictException("reminder.already-dismissed",
                    "This reminder has already been dismissed or closed.");
        }
    }

    /**
     * Dismisses the reader's open reminders together: one group, or all of them, raised up to the given time (what the
     * reader saw; a reminder raised later stays). Returns how many were dismissed; none is not an error.
     */
    @Transactional
    public int dismissAll(CurrentUser user, ReminderGroup group, Instant raisedUpTo) {
        Instant upTo = java.util.Objects.requireNonNull(raisedUpTo, "raisedUpTo");
        String where = "organisation_id = ? and recipient_id = ? and closed_at is null and dismissed_at is null "
                + "and raised_at <= ?" + (group == null ? "" : " and kind_group = ?");
        Object[] params = group == null
                ? new Object[]{user.organisationId(), user.staffId(), Time.db(upTo)}
                : new Object[]{user.organisationId(), user.staffId(), Time.db(upTo), group.name()};
        return jdbc.sql("update reminder set dismissed_at = ? where " + where)
                .params(append(new Object[]{Time.db(clock.instant())}, params)).update();
    }

    /** Team leads and support-worker leads of each team: who hears about their team's reminders. */
    private Map<UUID, Set<UUID>> leadsByTeam(UUID organisationId) {
        return jdbc.sql(
                "select team_id, id from staff_member where organisation_id = ? and enabled = true and team_id is not null "
                        + "and job_role in ('TEAM_LEAD', 'SUPPORT_WORKER_LEAD')")
                .param(organisationId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    private static Reminder reminder(ResultSet rs, int n) throws SQLException {
        return new Reminder(rs.getObject("id", UUID.class), rs.getString("kind"),
                ReminderGroup.valueOf(rs.getString("kind_group")), rs.getObject("about_staff_id", UUID.class),
                rs.getString("about_name"), rs.getString("subject_ref"), rs.getObject("due_on", LocalDate.class),
                rs.getString("message"), rs.getObject("created_on", LocalDate.class),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant());
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
