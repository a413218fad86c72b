package org.therapyassist.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mandatory training expiring within 60 days or expired: the latest completion per course, so a renewal ends it. */
@Component
class TrainingExpiryReminders implements ReminderSource {

    static final int WARN_DAYS = 60;

    private final JdbcClient jdbc;

    TrainingExpiryReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> dueOn(UUID organisationId, LocalDate day) {
        return jdbc.sql("select r.id, r.staff_id, c.title, r.expires_on from training_record r "
                        + "join training_course c on c.code = r.course_code join staff_member s on s.id = r.staff_id "
                        + "where r.organisation_id = ? and s.enabled = true and c.mandatory = true and r.expires_on <= ? "
                        + "and not exists (select 1 from training_record later where later.organisation_id = r.organisation_id "
                        + "and later.staff_id = r.staff_id and later.course_code = r.course_code "
                        + "and later.expires_on > r.expires_on)")
                .params(organisationId, day.plusDays(WARN_DAYS))
                .query((rs, n) -> {
                    LocalDate expires = rs.getObject(4, LocalDate.class);
                    boolean expired = expires.isBefore(day);
                    return new Due(rs.getObject(2, UUID.class), expired ? "TRAINING_EXPIRED" : "TRAINING_EXPIRING",
                            "training:" + rs.getObject(1, UUID.class), expires,
                            rs.getString(3) + (expired ? " expired on " : " is due for renewal by ")
                                    + ReminderText.date(expires) + ". Book the course with your lead.");
                })
                .list();
    }
}
