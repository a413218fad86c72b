package org.therapyassist.workforce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.workforce.JobRole;
import org.therapyassist.workforce.StaffMember;
import org.therapyassist.platform.Role;
import java.util.EnumSet;
import java.util.Set;

/** Accounts are staff members: login reads them here, and failed attempts lock them for a while. */
@Component
class JdbcAccountDirectory implements AccountDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAccountDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id, organisation_id, team_id, username, given_name, family_name, job_role, band, "
                        + "hcpc_number, password_hash, enabled, locked_until, failed_logins from staff_member where username = ?")
                .param(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
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
                            Time.instant(rs.getObject("locked_until", OffsetDateTime.class)), rs.getInt("failed_logins"));
                })
                .optional();
    }

    @Override
    @Transactional
    public void recordFailedLogin(String username, int maxFailures, Duration lockout) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        jdbc.sql("update staff_member set failed_logins = failed_logins + 1 where username = ?").param(name).update();
        jdbc.sql("update staff_member set locked_until = ?, failed_logins = 0 where username = ? and failed_logins >= ?")
                .params(Time.db(clock.instant().plus(lockout)), name, maxFailures).update();
    }

    @Override
    @Transactional
    public void recordSuccessfulLogin(String username) {
        jdbc.sql("update staff_member set failed_logins = 0, locked_until = null where username = ? and failed_logins > 0")
                .param(username).update();
    }
}
