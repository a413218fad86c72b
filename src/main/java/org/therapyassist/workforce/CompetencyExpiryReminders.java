package org.therapyassist.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Competency sign-offs expiring within 60 days or already expired: the latest per competency, not revoked or renewed. */
@Component
class CompetencyExpiryReminders implements ReminderSource {

    static final int WARN_DAYS = 60;

    private final JdbcClient jdbc;

    CompetencyExpiryReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Due> dueOn(UUID organisationId, LocalDate day) {
        return jdbc.sql("select so.id, so.staff_id, so.competency_code, c.title, so.expires_on from competency_signoff so "
                        + "join competency c on c.code = so.competency_code join staff_member s on s.id = so.staff_id "
                        + "where so.organisation_id = ? and s.enabled = true and so.revoked_at is null and so.superseded_by is null "
                        + "and so.expires_on <= ? and not exists (select 1 from competency_signoff later "
                        + "where later.organisation_id = so.organisation_id and later.staff_id = so.staff_id "
                        + "and later.competency_code = so.competency_code and later.revoked_at is null "
                        + "and later.expires_on > so.expires_on)")
                .params(organisationId, day.plusDays(WARN_DAYS))
                .query((rs, n) -> {
                    LocalDate expires = rs.getObject(5, LocalDate.class);
                    boolean expired = expires.isBefore(day);
                    String what = rs.getString(3) + " " + rs.getString(4);
                    return new Due(rs.getObject(2, UUID.class), expired ? "COMPETENCY_EXPIRED" : "COMPETENCY_EXPIRING",
                            "signoff:" + rs.getObject(1, UUID.class), expires,
                            "Competency " + what + (expired ? " expired on " : " expires on ") + ReminderText.date(expires)
                                    + ". Arrange a reassessment.");
                })
                .list();
    }
}
