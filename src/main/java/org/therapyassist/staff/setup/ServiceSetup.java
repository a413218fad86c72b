package org.therapyassist.staff.setup;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.internal.PasswordRules;

/**
 * A real service's first start: while nobody administers it, a one-time link (printed in the log) lets one person
 * create the organisation and the first administrator account. The link works once, for a day; once the service has
 * an administrator no link works and none is printed again.
 */
@Component
class ServiceSetup {

    static final String UNKNOWN_LINK = "setup.link-unknown";
    static final String ALREADY_SET_UP = "setup.already-done";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SetupProperties properties;

    ServiceSetup(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, SetupProperties properties) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new service with its first administrator, as typed on the set-up page. */
    record NewService(String organisationName, String odsCode, String givenName, String familyName, int band,
            String username, String password, String confirmPassword) {
    }

    /** The service has an administrator (set up here, or loaded as the demo): no set-up link works. */
    @Transactional(readOnly = true)
    boolean done() {
        return jdbc.sql("select count(*) from service_setup").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from staff_member where job_role = ?")
                        .param(JobRole.ADMINISTRATOR.name()).query(Long.class).single() > 0;
    }

    /** A new link's token, replacing any earlier link not used; empty once the service is set up. */
    @Transactional
    Optional<String> issue() {
        if (done()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        jdbc.sql("delete from setup_token where used_at is null").update();
        String token = SetupTokens.newToken();
        jdbc.sql("insert into setup_token (id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(Ids.newId(), SetupTokens.hash(token), Time.db(now),
                        Time.db(now.plus(properties.linkValidFor())))
                .update();
        return Optional.of(token);
    }

    /** Refuses a link that may not open the page: 403 once set up, 404 for a wrong, used or expired one. */
    @Transactional(readOnly = true)
    void check(String token) {
        refuseWhenDone();
        boolean live = jdbc.sql("select count(*) from setup_token where token_hash = ? and used_at is null "
                + "and expires_at > ?").params(SetupTokens.hash(token), Time.db(clock.instant()))
                .query(Long.class).single() > 0;
        if (!live) {
            throw unknownLink();
        }
    }

    /**
     * Creates the organisation and its first administrator, using up the link. All or nothing: a refused form leaves
     * the link working; a second post of the same link finds it used (the row lock makes a racing one wait and then
     * find it used); and a set-up racing this one with another link fails on service_setup's single row.
     */
    @Transactional
    UUID complete(String token, NewService service) {
        refuseWhenDone();
        String username = service.username().strip().toLowerCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>(
                PasswordRules.check("password", service.password(), service.confirmPassword(), username));
        if (jdbc.sql("select count(*) from staff_member where username = ?").param(username).query(Long.class)
                .single() > 0) {
            errors.put("username", Messages.text("staff.account.username.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        int used = jdbc.sql("update setup_token set used_at = ? where token_hash = ? and used_at is null "
                + "and expires_at > ?").params(Time.db(now), SetupTokens.hash(token), Time.db(now)).update();
        if (used == 0) {
            throw unknownLink();
        }
        UUID organisationId = Ids.newId();
        UUID administratorId = Ids.newId();
        jdbc.sql("insert into organisation (id, name, ods_code) values (?, ?, ?)")
                .params(organisationId, service.organisationName().strip(),
                        service.odsCode().strip().toUpperCase(Locale.ROOT))
                .update();
        jdbc.sql("insert into staff_member (id, organisation_id, username, password_hash, given_name, family_name, "
                + "job_role, band, enabled) values (?, ?, ?, ?, ?, ?, ?, ?, true)")
                .params(administratorId, organisationId, username, passwords.encode(service.password()),
                        service.givenName().strip(), service.familyName().strip(), JobRole.ADMINISTRATOR.name(),
                        service.band())
                .update();
        try {
            jdbc.sql("insert into service_setup (id, organisation_id, administrator_id, completed_at) "
                    + "values (1, ?, ?, ?)").params(organisationId, administratorId, Time.db(now)).update();
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(ALREADY_SET_UP, Messages.text("staff.refusal.set-up-raced"));
        }
        return administratorId;
    }

    private void refuseWhenDone() {
        if (done()) {
            throw new NotAllowedException(ALREADY_SET_UP,
                    Messages.text("staff.refusal.already-set-up"));
        }
    }

    private static NotFoundException unknownLink() {
        return new NotFoundException(UNKNOWN_LINK, Messages.text("staff.refusal.unknown-link"));
    }
}
