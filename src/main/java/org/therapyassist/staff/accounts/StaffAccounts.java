package org.therapyassist.staff.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.PolicyRules;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;
import org.therapyassist.staff.internal.PasswordRules;

/**
 * Administrators' work on their organisation's accounts: add, change job role, band and team, disable or enable,
 * reset a local password; and who last signed in. Each call checks its command itself, so reads are guarded too.
 */
@Service
class StaffAccounts {

    static final String CANNOT_DISABLE_SELF = "staff.cannot-disable-self";
    static final String CANNOT_DEMOTE_SELF = "staff.cannot-demote-self";
    static final String USERNAME_TAKEN = "staff.username-taken";
    static final String TEAM_EXISTS = "staff.team-exists";

    private static final String SELECT = "select s.id, s.username, s.given_name, s.family_name, s.job_role, s.band, "
            + "s.team_id, t.name as team_name, s.hcpc_number, s.enabled, s.last_signed_in_at";
    private static final String FROM = "from staff_member s left join team t on t.id = s.team_id "
            + "where s.organisation_id = ?";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final CommandGuard guard;
    private final AuditTrail audit;
    private final StaffDirectory directory;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, CommandGuard guard, AuditTrail audit,
            StaffDirectory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Page<Account> page(CurrentUser me, PageRequest page) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
        return PagedQuery.of(jdbc, page, SELECT, FROM, "s.family_name, s.given_name, s.id", StaffAccounts::map,
                me.organisationId());
    }

    /** Refuses someone who may not manage accounts (403), for pages that show a form before anything is read. */
    void mayManage(CurrentUser me) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
    }

    @Transactional(readOnly = true)
    Account find(CurrentUser me, UUID id) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
        return read(me, id)
                .orElseThrow(() -> new NotFoundException("staff.not-found", Messages.text("staff.refusal.not-found")));
    }

    private Optional<Account> read(CurrentUser me, UUID id) {
        return jdbc.sql(SELECT + " " + FROM + " and s.id = ?").params(me.organisationId(), id)
                .query(StaffAccounts::map).optional();
    }

    /**
     * The declared need, for reads as well as writes (the web interceptor checks only writes). Refused as a 403 only:
     * every need here names roles, never a support worker's stage or competencies.
     */
    private void require(CurrentUser me, Command command) {
        PolicyRules.Verdict verdict = guard.decide(me, command, null);
        if (!verdict.allowed()) {
            throw new NotAllowedException(verdict.code(), verdict.message(), verdict.details());
        }
    }

    @Transactional
    Account add(CurrentUser me, NewAccount account) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
        String username = account.username().strip().toLowerCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>(
                PasswordRules.check("password", account.password(), account.confirmPassword(), username));
        errors.putAll(checkRoleAndTeam(me, account.jobRole(), account.teamId(), account.hcpcNumber()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (jdbc.sql("select count(*) from staff_member where username = ?").param(username).query(Long.class)
                .single() > 0) {
            throw new ConflictException(USERNAME_TAKEN, Messages.text("staff.refusal.username-taken"));
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, "
                + "family_name, job_role, band, hcpc_number, enabled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)")
                .params(id, me.organisationId(), account.teamId(), username, passwords.encode(account.password()),
                        account.givenName().strip(), account.familyName().strip(), account.jobRole().name(),
                        account.band(), blankToNull(account.hcpcNumber()))
                .update();
        audited(me, "staff.account-added", id, username + ", " + account.jobRole().name() + ", band "
                + account.band());
        return read(me, id).orElseThrow();
    }

    @Transactional
    Account change(CurrentUser me, UUID id, AccountChange change) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
        Account before = find(me, id);
        if (id.equals(me.staffId()) && change.jobRole() != JobRole.ADMINISTRATOR) {
            throw new RefusedException(CANNOT_DEMOTE_SELF, Messages.text("staff.refusal.cannot-demote-self"));
        }
        Map<String, String> errors = checkRoleAndTeam(me, change.jobRole(), change.teamId(), change.hcpcNumber());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("update staff_member set job_role = ?, band = ?, team_id = ?, hcpc_number = ? "
                + "where id = ? and organisation_id = ?")
                .params(change.jobRole().name(), change.band(), change.teamId(), blankToNull(change.hcpcNumber()),
                        before.id(), me.organisationId())
                .update();
        audited(me, "staff.account-changed", id, before.jobRole().name() + " band " + before.band() + " -> "
                + change.jobRole().name() + " band " + change.band() + ", team " + change.teamId());
        return find(me, id);
    }

    /** An account disabled cannot sign in (its password is not even checked); its records stay. */
    @Transactional
    Account disable(CurrentUser me, UUID id) {
        require(me, Command.DISABLE_STAFF_ACCOUNT);
        Account account = find(me, id);
        if (id.equals(me.staffId())) {
            throw new RefusedException(CANNOT_DISABLE_SELF, Messages.text("staff.refusal.cannot-disable-self"));
        }
        return setEnabled(me, account, false);
    }

    @Transactional
    Account enable(CurrentUser me, UUID id) {
        require(me, Command.DISABLE_STAFF_ACCOUNT);
        return setEnabled(me, find(me, id), true);
    }

    private Account setEnabled(CurrentUser me, Account account, boolean enabled) {
        jdbc.sql("update staff_member set enabled = ? where id = ? and organisation_id = ?")
                .params(enabled, account.id(), me.organisationId()).update();
        audited(me, enabled ? "staff.account-enabled" : "staff.account-disabled", account.id(), account.username());
        return read(me, account.id()).orElseThrow();
    }

    /** A new local password, which also lifts a lock from failed sign-ins. */
    @Transactional
    void resetPassword(CurrentUser me, UUID id, String password, String confirmation) {
        require(me, Command.RESET_PASSWORD);
        Account account = find(me, id);
        Map<String, String> errors = PasswordRules.check("password", password, confirmation, account.username());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("update staff_member set password_hash = ?, locked_until = null where id = ? and organisation_id = ?")
                .params(passwords.encode(password), account.id(), me.organisationId()).update();
        audited(me, "staff.password-reset", account.id(), account.username());
    }

    /**
     * The organisation's teams by name. A handful per service, so not paged; StaffDirectory.teams reads the same but
     * checks nobody may read it.
     */
    @Transactional(readOnly = true)
    List<Team> teams(CurrentUser me) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
        return directory.teams(me.organisationId());
    }

    /** A team of the organisation, for staff to be placed in; names are unique within it. */
    @Transactional
    Team addTeam(CurrentUser me, String name, TeamSetting setting) {
        require(me, Command.MANAGE_STAFF_ACCOUNTS);
        String stripped = name.strip();
        if (jdbc.sql("select count(*) from team where organisation_id = ? and lower(name) = lower(?)")
                .params(me.organisationId(), stripped).query(Long.class).single() > 0) {
            throw new ConflictException(TEAM_EXISTS, Messages.text("staff.refusal.team-exists"));
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into team (id, organisation_id, name, setting) values (?, ?, ?, ?)")
                .params(id, me.organisationId(), stripped, setting.name()).update();
        audited(me, "staff.team-added", id, stripped);
        return new Team(id, me.organisationId(), stripped, setting.name());
    }

    /** Who did what to which account, in the organisation's audit trail (no patient involved). */
    private void audited(CurrentUser me, String action, UUID id, String detail) {
        audit.record(new AuditEntry(me, null, action, entity(action), id, detail));
    }

    private static String entity(String action) {
        return action.startsWith("staff.team") ? "team" : "staff_member";
    }

    private Map<String, String> checkRoleAndTeam(CurrentUser me, JobRole role, UUID teamId, String hcpcNumber) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (teamId != null && jdbc.sql("select count(*) from team where id = ? and organisation_id = ?")
                .params(teamId, me.organisationId()).query(Long.class).single() == 0) {
            errors.put("teamId", Messages.text("staff.refusal.unknown-team"));
        }
        String hcpc = blankToNull(hcpcNumber);
        if (hcpc != null && !StaffMember.validHcpcNumber(hcpc)) {
            errors.put("hcpcNumber", Messages.text("staff.refusal.hcpc-invalid"));
        } else if (role != null && role.registered() && hcpc == null) {
            errors.put("hcpcNumber", Messages.text("staff.refusal.hcpc-needed",
                    Messages.text("staff.job-role." + role.name()).toLowerCase(Locale.ROOT)));
        }
        return errors;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static Account map(ResultSet rs, int n) throws SQLException {
        JobRole role = JobRole.valueOf(rs.getString("job_role"));
        Instant last = Time.instant(rs.getObject("last_signed_in_at", OffsetDateTime.class));
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("given_name"),
                rs.getString("family_name"), role, role.title(), rs.getInt("band"),
                rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("hcpc_number"),
                rs.getBoolean("enabled"), last);
    }
}
