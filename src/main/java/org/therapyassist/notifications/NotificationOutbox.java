package org.therapyassist.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;

/**
 * The rows of {@code notification_outbox}: e-mails waiting, sent, not sent (no mail server) or given up. A row is
 * queued once per event and recipient (the unique key), so a second delivery of the same event sends nothing.
 */
@Component
class NotificationOutbox {

    enum Status {
        PENDING, SENT, NOT_SENT, FAILED
    }

    /** One e-mail to send: ids and a kind only; the words are made when it is sent. */
    record Row(UUID id, UUID organisationId, NoticeKind kind, UUID subjectId, String outcome, UUID recipientStaffId,
            String recipientEmail, int attempts) {
    }

    private final JdbcClient jdbc;

    NotificationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues one e-mail unless the same one (event and recipient) is already there; true when queued. */
    boolean queue(UUID organisationId, NoticeKind kind, UUID subjectId, String outcome, UUID recipientStaffId,
            String recipientEmail, Instant now) {
        return jdbc.sql("insert into notification_outbox (id, organisation_id, kind, subject_id, outcome, "
                + "recipient_staff_id, recipient_email, status, attempts, queued_at, next_try_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) on conflict do nothing")
                .params(Ids.newId(), organisationId, kind.name(), subjectId, outcome, recipientStaffId, recipientEmail,
                        Time.db(now), Time.db(now))
                .update() == 1;
    }

    /** Waiting e-mails whose time has come, oldest first. */
    List<Row> due(Instant now, int limit) {
        return jdbc.sql("select * from notification_outbox where status = 'PENDING' and next_try_at <= ? "
                + "order by next_try_at, id limit ?").params(Time.db(now), limit).query(NotificationOutbox::row)
                .list();
    }

    /**
     * Marks a waiting e-mail sent or not sent; false when another run got there first (the row is no longer waiting).
     */
    boolean finish(UUID id, Status status, Instant now) {
        return jdbc.sql("update notification_outbox set status = ?, attempts = attempts + 1, sent_at = ?, "
                + "last_error = null where id = ? and status = 'PENDING'")
                .params(status.name(), Time.db(now), id).update() == 1;
    }

    /** A failed try: tried again at {@code nextTry}, or given up ({@code nextTry} null). */
    void failed(UUID id, String error, Instant nextTry, Instant now) {
        jdbc.sql("update notification_outbox set attempts = attempts + 1, last_error = ?, status = ?, next_try_at = ? "
                + "where id = ? and status = 'PENDING'")
                .params(error.length() > 200 ? error.substring(0, 200) : error,
                        nextTry == null ? Status.FAILED.name() : Status.PENDING.name(),
                        Time.db(nextTry == null ? now : nextTry), id)
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                NoticeKind.valueOf(rs.getString("kind")), rs.getObject("subject_id", UUID.class),
                rs.getString("outcome"), rs.getObject("recipient_staff_id", UUID.class),
                rs.getString("recipient_email"), rs.getInt("attempts"));
    }
}
