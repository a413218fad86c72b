package org.therapyassist.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.security.LoginThrottleRules.Buckets;

/**
 * The sign-in buckets, kept in the database ({@code sign_in_throttle}) so that every app node counts the same tries.
 * A bucket is a row only while it holds something; an hourly sweep removes empty ones. Accounts are keyed by a
 * SHA-256 of the username as typed, so that whatever people type into the username box (sometimes their password)
 * is not stored.
 */
@Component
class SignInThrottle {

    private static final String ADDRESS_ACCOUNT = "ADDRESS_ACCOUNT";
    private static final String ADDRESS = "ADDRESS";
    private static final String ACCOUNT = "ACCOUNT";

    /** Whose buckets: a network address and a username as typed. */
    record Key(String address, String account) {

        static Key of(String address, String username) {
            return new Key(address, sha256(normalise(username)));
        }
    }

    /** A try that has been counted; its password is being checked. */
    record Attempt(Key key, Buckets after, Instant at) {
    }

    private final JdbcClient jdbc;
    private final LoginThrottleRules rules;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rules = new LoginThrottleRules(properties.signIn());
        this.clock = clock;
    }

    LoginThrottleRules rules() {
        return rules;
    }

    /**
     * One indexed read: what the buckets hold now. Every sign-in pays this, including those answered from memory, so it
     * is one statement on its own (no read-only transaction around it: that would add a BEGIN and a COMMIT to every API
     * call for nothing, since one statement always sees one consistent state).
     */
    Buckets read(Key key) {
        Instant[] held = new Instant[3];
        jdbc.sql("select scope, busy_until from sign_in_throttle where (scope = ? and address = ? and account_key = ?) "
                + "or (scope = ? and address = ? and account_key = '') or (scope = ? and address = '' and account_key = ?)")
                .params(ADDRESS_ACCOUNT, key.address(), key.account(), ADDRESS, key.address(), ACCOUNT, key.account())
                .query(rs -> {
                    held[index(rs.getString("scope"))] = Time.instant(rs.getObject("busy_until", OffsetDateTime.class));
                });
        return new Buckets(held[0], held[1], held[2]);
    }

    /**
     * Counts a try before its password is checked, under row locks, so that tries sent in parallel (or to several
     * nodes) count one after another and none slips past the limit while bcrypt runs.
     */
    @Transactional
    Attempt begin(Key key, Instant now) {
        Buckets current = lock(key, now);
        rules.waitBeforeTry(current, now).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        Buckets after = rules.afterTry(current, now);
        write(key, after);
        return new Attempt(key, after, now);
    }

    /** The password was right: this address's mistakes on this account are forgiven, the counted try given back. */
    @Transactional
    void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        write(attempt.key(), rules.afterSuccess(lock(attempt.key(), now), now));
    }

    /** A remembered password was right: forgive this address's earlier mistakes on this account. */
    @Transactional
    void forgive(Key key) {
        jdbc.sql("delete from sign_in_throttle where scope = ? and address = ? and account_key = ?")
                .params(ADDRESS_ACCOUNT, key.address(), key.account()).update();
    }

    // Held for the whole hour: once an hour across the nodes, not once a node.
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "sign-in-throttle-sweep", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1H")
    @Transactional
    public void sweepEmptyBuckets() {
        jdbc.sql("delete from sign_in_throttle where busy_until < ?").param(Time.db(clock.instant())).update();
    }

    private Buckets lock(Key key, Instant now) {
        // Always in this order (the primary key's), so two sign-ins never wait on each other in a cycle.
        return new Buckets(lockRow(ADDRESS_ACCOUNT, key.address(), key.account(), now),
                lockRow(ADDRESS, key.address(), "", now),
                lockRow(ACCOUNT, "", key.account(), now));
    }

    private Instant lockRow(String scope, String address, String account, Instant now) {
        jdbc.sql("insert into sign_in_throttle (scope, address, account_key, busy_until) values (?, ?, ?, ?) "
                + "on conflict do nothing")
                .params(scope, address, account, Time.db(now)).update();
        return jdbc.sql("select busy_until from sign_in_throttle where scope = ? and address = ? and account_key = ? "
                + "for update")
                .params(scope, address, account)
                .query((rs, n) -> Time.instant(rs.getObject("busy_until", OffsetDateTime.class)))
                .optional().orElse(null);
    }

    private void write(Key key, Buckets buckets) {
        writeRow(ADDRESS_ACCOUNT, key.address(), key.account(), buckets.addressAndAccount());
        writeRow(ADDRESS, key.address(), "", buckets.address());
        writeRow(ACCOUNT, "", key.account(), buckets.account());
    }

    private void writeRow(String scope, String address, String account, Instant busyUntil) {
        if (busyUntil == null) {
            jdbc.sql("delete from sign_in_throttle where scope = ? and address = ? and account_key = ?")
                    .params(scope, address, account).update();
        } else {
            jdbc.sql("update sign_in_throttle set busy_until = ? where scope = ? and address = ? and account_key = ?")
                    .params(Time.db(busyUntil), scope, address, account).update();
        }
    }

    private static int index(String scope) {
        return switch (scope) {
            case ADDRESS_ACCOUNT -> 0;
            case ADDRESS -> 1;
            default -> 2;
        };
    }

    /** As the account directory reads usernames: trimmed, lower case. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present in the JDK", e);
        }
    }
}
