package org.therapyassist.staff.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffMember;

/** Accounts are staff members: login reads them here, and locks one when the platform's sign-in throttle says so. */
@Component
class JdbcAccountDirectory implements AccountDirectory {

    private final JdbcClient jdbc;

    JdbcAccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement, in the caller's transaction if there is one and otherwise on its own: every API call signs in and
     * so reads this, and a read-only transaction around a single read would only add a BEGIN and a COMMIT.
     */
    @Override
    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id, organisation_id, team_id, username, given_name, family_name, job_role, band, "
                + "hcpc_number, password_hash, enabled, locked_until, preferred_language from staff_member "
                + "where username = ?")
                .param(normalise(username))
                .query((rs, n) -> {
                    JobRole role = JobRole.valueOf(rs.getString("job_role"));
                    // A registered job role without a valid HCPC number is not a registrant: "registrant" means one
                    // thing everywhere, so nobody delegates, countersigns or signs off on a job title alone.
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    roles.addAll(role.roles());
                    if (!StaffMember.validHcpcNumber(rs.getString("hcpc_number"))) {
                        roles.remove(Role.REGISTRANT);
                    }
                    CurrentUser user = new CurrentUser(rs.getObject("id", UUID.class),
                            rs.getObject("organisation_id", UUID.class), rs.getObject("team_id", UUID.class),
                            rs.getString("username"), rs.getString("given_name") + " " + rs.getString("family_name"),
                            role.title(), rs.getInt("band"), role.stage().orElse(null), roles);
                    return new Account(user, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            Time.instant(rs.getObject("locked_until", OffsetDateTime.class)),
                            rs.getString("preferred_language"));
                })
                .optional();
    }

    @Override
    @Transactional
    public void lockUntil(String username, Instant until) {
        jdbc.sql(
                "update staff_member set locked_until = ? where username = ? and (locked_until is null or locked_until < ?)")
                .params(Time.db(until), normalise(username), Time.db(until)).update();
    }

    @Override
    @Transactional
    public void signedIn(String username, Instant at) {
        jdbc.sql("update staff_member set last_signed_in_at = ? where username = ?").params(Time.db(at),
                normalise(username)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> organisationWithOdsCode(String odsCode) {
        if (odsCode == null || odsCode.isBlank()) {
            return Optional.empty();
        }
        // ODS codes are not unique in the table: two organisations with one code are no answer at all.
        var ids = jdbc.sql("select id from organisation where upper(ods_code) = ?")
                .param(odsCode.strip().toUpperCase(Locale.ROOT)).query(UUID.class).list();
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
