package org.therapyassist.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Tells administrators and team leads when someone is trying to get into an account: a row they see on the
 * "Sign-in alerts" page and in the API, and a WARN in the log. The same alert for the same account and address is
 * raised at most once an hour, however long the attack goes on.
 */
@Component
public class SignInAlerts {

    private static final Logger log = LoggerFactory.getLogger(SignInAlerts.class);
    private static final Duration QUIET = Duration.ofHours(1);

    /** What happened, in the words the alert page uses ({@code security.alert.<KIND>}). */
    public enum Kind {
        ADDRESS_SLOWED_FOR_ACCOUNT, ADDRESS_SLOWED, ACCOUNT_LOCKED;

        /** In the request's language, for the API as for the page. */
        public String summary() {
            return Messages.text("security.alert." + name());
        }
    }

    /** One alert as the page and the API show it. */
    public record SignInAlert(UUID id, Instant raisedAt, String username, String name, Kind kind, String summary,
            String address, Instant lockedUntil) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Raises an alert about a real account; for a username nobody has, only the log hears of it. */
    @Transactional
    void raise(Account account, Kind kind, String address, Instant lockedUntil) {
        if (account == null) {
            log.warn("Sign-in alert {} for an unknown username from {}", kind, printable(address));
            return;
        }
        CurrentUser user = account.user();
        log.warn("Sign-in alert {} for account {} from {}", kind, user.username(), printable(address));
        Instant now = clock.instant();
        boolean recent = jdbc.sql("select count(*) from sign_in_alert where organisation_id = ? and staff_id = ? "
                + "and kind = ? and address = ? and raised_at > ?")
                .params(user.organisationId(), user.staffId(), kind.name(), address, Time.db(now.minus(QUIET)))
                .query(Long.class).single() > 0;
        if (recent) {
            return;
        }
        jdbc.sql("insert into sign_in_alert (id, organisation_id, staff_id, username, staff_name, kind, address, "
                + "raised_at, locked_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), user.staffId(), user.username(), user.displayName(),
                        kind.name(), address, Time.db(now), Time.db(lockedUntil))
                .update();
    }

    /** The organisation's alerts, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<SignInAlert> recent(CurrentUser me, PageRequest page) {
        return PagedQuery.of(jdbc, page, "select id, raised_at, username, staff_name, kind, address, locked_until",
                "from sign_in_alert where organisation_id = ?", "raised_at desc, id desc",
                (rs, n) -> {
                    Kind kind = Kind.valueOf(rs.getString("kind"));
                    return new SignInAlert(rs.getObject("id", UUID.class),
                            Time.instant(rs.getObject("raised_at", OffsetDateTime.class)), rs.getString("username"),
                            rs.getString("staff_name"), kind, kind.summary(), rs.getString("address"),
                            Time.instant(rs.getObject("locked_until", OffsetDateTime.class)));
                },
                me.organisationId());
    }

    /** Addresses come from the connection or a trusted proxy, but a log line must never be forged by a header. */
    private static String printable(String text) {
        return text.replaceAll("[^0-9A-Za-z:.\\-]", "?");
    }
}
