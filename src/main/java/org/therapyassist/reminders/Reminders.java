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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

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

    /** The people a group names: a fixed, valid page, built once. */
    private static final PageRequest FIRST_FEW = PageRequest.first(SHOWN_PER_GROUP);

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
            String counted = group.count(count);
            return aboutOthers == count
                    ? Messages.text("reminders.headline.team", counted)
                    : aboutOthers > 0 ? Messages.text("reminders.headline.some", counted) : counted;
        }

        /** "Alice Smith, Ben Jones and 3 others". */
        public String peopleText() {
            String names = String.join(", ", people);
            long more = peopleCount - people.size();
            return more <= 0
                    ? names
                    : more == 1
                            ? Messages.text("reminders.people.one-more", names)
                            : Messages.text("reminders.people.more", names, more);
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

    private static final String COLUMNS = "select r.id, r.kind, r.kind_group, r.about_staff_id, r.subject_ref, "
            + "r.due_on, r.message, r.created_on, r.raised_at from reminder r ";
    private static final String OPEN = "r.organisation_id = ? and r.recipient_id = ? and r.closed_at is null "
            + "and r.dismissed_at is null ";

    private final JdbcClient jdbc;
    private final ReminderWriter writer;
    private final StaffDirectory staff;
    private final StaffNames names;
    private final Clock clock;

    Reminders(JdbcClient jdbc, ReminderWriter writer, StaffDirectory staff, StaffNames names, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.staff = staff;
        this.names = names;
        this.clock = clock;
    }

    /**
     * Runs every source for every organisation on the day: raises what is newly due (or due again), escalates what
     * has become overdue, and closes what is no longer due or no longer the recipient's to hear about. Returns how
     * many reminders were raised or escalated.
     */
    @Transactional
    public int writeFor(LocalDate day) {
        return writer.writeFor(day);
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
        return names.complete(organisationId, page.of(total,
                () -> jdbc.sql(COLUMNS + "where " + where + "order by r.due_on, r.created_on, r.id limit ? offset ?")
                        .params(append(params, page.size(), page.offset())).query(Reminders::reminder).list()));
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
        // Who each group is about, from the reminders; the first few of them by family name from the staff directory.
        Map<String, Set<UUID>> about = new HashMap<>();
        jdbc.sql("select distinct r.kind_group, r.about_staff_id from reminder r where " + OPEN)
                .params(organisationId, staffId).query(rs -> {
                    about.computeIfAbsent(rs.getString(1), g -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                });
        List<Group> groups = new ArrayList<>();
        for (Counts c : counts) {
            List<Reminder> first = names.complete(organisationId, jdbc.sql(COLUMNS + "where " + OPEN
                    + "and r.kind_group = ? order by r.due_on, r.created_on, r.id limit ?")
                    .params(organisationId, staffId, c.group().name(), SHOWN_PER_GROUP).query(Reminders::reminder)
                    .list());
            List<String> people = staff.page(organisationId, about.getOrDefault(c.group().name(), Set.of()),
                    StaffDirectory.Order.FAMILY_NAME, FIRST_FEW).items().stream()
                    .map(StaffMember::displayName).toList();
            groups.add(new Group(c.group(), c.count(), c.overdue(), c.aboutOthers(), c.people(), people, first,
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
            throw new NotFoundException("reminder.not-found", Messages.text("reminders.refusal.not-found"));
        }
        int rows = jdbc.sql("update reminder set dismissed_at = ? where organisation_id = ? and id = ? "
                + "and dismissed_at is null and closed_at is null")
                .params(Time.db(clock.instant()), user.organisationId(), reminderId).update();
        if (rows != 1) {
            throw new ConflictException("reminder.already-dismissed",
                    Messages.text("reminders.refusal.already-dismissed"));
        }
    }

    /**
     * Dismisses the reader's open reminders together: one group, or all of them, raised up to the given time (what the
     * reader saw; a reminder raised later stays). Returns how many were dismissed; none is not an error.
     */
    @Transactional
    public int dismissAll(CurrentUser user, ReminderGroup group, Instant raisedUpTo) {
        Instant upTo = Objects.requireNonNull(raisedUpTo, "raisedUpTo");
        String where = "organisation_id = ? and recipient_id = ? and closed_at is null and dismissed_at is null "
                + "and raised_at <= ?" + (group == null ? "" : " and kind_group = ?");
        Object[] params = group == null
                ? new Object[]{user.organisationId(), user.staffId(), Time.db(upTo)}
                : new Object[]{user.organisationId(), user.staffId(), Time.db(upTo), group.name()};
        return jdbc.sql("update reminder set dismissed_at = ? where " + where)
                .params(append(new Object[]{Time.db(clock.instant())}, params)).update();
    }

    static boolean overdue(String kind) {
        return kind.endsWith("EXPIRED") || kind.endsWith("OVERDUE") || kind.endsWith("BEHIND");
    }

    private static StaffNames.Awaiting<Reminder> reminder(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String kind = rs.getString("kind");
        ReminderGroup group = ReminderGroup.valueOf(rs.getString("kind_group"));
        UUID about = rs.getObject("about_staff_id", UUID.class);
        String subject = rs.getString("subject_ref");
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        String message = rs.getString("message");
        LocalDate createdOn = rs.getObject("created_on", LocalDate.class);
        Instant raisedAt = rs.getObject("raised_at", OffsetDateTime.class).toInstant();
        return StaffNames.awaiting(found -> new Reminder(id, kind, group, about, found.person(about), subject, dueOn,
                message, createdOn, raisedAt), about);
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
