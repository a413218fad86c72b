package org.therapyassist.staff;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.web.Messages;

/**
 * A team's own details that other modules print or change (the contact number on home exercise sheets), and who is in
 * it (a rotation moves a person to another team).
 */
@Service
@Transactional(readOnly = true)
public class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> contactPhone(UUID organisationId, UUID teamId) {
        return jdbc.sql("select contact_phone from team where organisation_id = ? and id = ?")
                .params(organisationId, teamId).query(String.class).optional();
    }

    /** Who may change it is the caller's rule; this checks the number is one and the team exists. */
    @Transactional
    public void setContactPhone(UUID organisationId, UUID teamId, String phone) {
        String value = phone == null ? "" : phone.strip();
        if (!value.matches("[0-9 +()-]{6,30}")) {
            throw new InvalidInputException(Map.of("contactPhone", Messages.text("staff.team.contact-phone.invalid")));
        }
        if (jdbc.sql("update team set contact_phone = ? where organisation_id = ? and id = ?")
                .params(value, organisationId, teamId).update() != 1) {
            throw new NotFoundException("team.not-found", Messages.text("staff.refusal.team-not-found"));
        }
    }

    /** Moves a member of staff to another team of the organisation; who may, and when, is the caller's rule. */
    @Transactional
    public void move(UUID organisationId, UUID staffId, UUID teamId) {
        if (jdbc.sql("update staff_member set team_id = ? where organisation_id = ? and id = ? "
                + "and exists (select 1 from team where organisation_id = ? and id = ?)")
                .params(teamId, organisationId, staffId, organisationId, teamId).update() != 1) {
            throw new NotFoundException("team.not-found", Messages.text("staff.refusal.team-or-staff-not-found"));
        }
    }
}
