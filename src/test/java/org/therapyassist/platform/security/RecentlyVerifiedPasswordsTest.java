package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    static final class Counting implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        final List<String> hashes = new CopyOnWriteArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            hashes.add(encoded);
            if (!encoded.startsWith("$2")) {
                throw new IllegalArgumentException("not a bcrypt hash"); // as DelegatingPasswordEncoder does
            }
            return BCRYPT.matches(raw, encoded);
        }
    }

    @Test
    void aWrongPasswordIsNeverAcceptedFromMemory() {
        Counting counting = new Counting();
        var passwords = new RecentlyVerifiedPasswords(counting, Clock.systemUTC(), Duration.ofMinutes(5));
        String hash = counting.encode("demo");
        assertThat(passwords.verify("demo", hash)).isTrue();
        assertThat(passwords.remembers("demo", hash)).isTrue();
        assertThat(passwords.remembers("dem0", hash)).isFalse();
        assertThat(passwords.verify("dem0", hash)).isFalse();
        assertThat(passwords.remembers("dem0", hash)).isFalse();
        assertThat(counting.checks).hasValue(2);
    }

    @Test
    void aRecentMatchIsRememberedUntilItExpiresOrThePasswordChanges() {
        Counting counting = new Counting();
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        Clock[] clock = {Clock.fixed(start, ZoneOffset.UTC)};
        var passwords = new RecentlyVerifiedPasswords(counting, new Clock() {
            @Override
            public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override
            public Clock withZone(ZoneId zone) { return this; }
            @Override
            public Instant instant() { return clock[0].instant(); }
        }, Duration.ofMinutes(5));
        String hash = counting.encode("demo");
        passwords.verify("demo", hash);
        assertThat(passwords.remembers("demo", hash)).isTrue();
        clock[0] = Clock.fixed(start.plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        assertThat(passwords.remembers("demo", hash)).isFalse();
        String changed = counting.encode("demo");
        assertThat(passwords.remembers("demo", changed)).isFalse();
        assertThat(counting.checks).hasValue(1);
    }

    @Test
    void checkingAgainstNothingCostsOneSlowCheckOfTheSameStrengthAndNeverMatches() {
        Counting counting = new Counting();
        var passwords = new RecentlyVerifiedPasswords(counting, Clock.systemUTC(), Duration.ofMinutes(5));
        String hash = counting.encode("demo");
        passwords.checkAgainstNothing("demo");
        assertThat(counting.checks).hasValue(1);
        assertThat(counting.hashes.getLast()).isNotEqualTo(hash)
                .startsWith(hash.substring(0, 7)); // "$2a$04$": the same algorithm and cost as a real hash
        assertThat(passwords.remembers("demo", counting.hashes.getLast())).isFalse();
    }

    @Test
    void anUnreadableHashOrAnOverlongPasswordIsAWrongPasswordNotAFailure() {
        Counting counting = new Counting();
        var passwords = new RecentlyVerifiedPasswords(counting, Clock.systemUTC(), Duration.ofMinutes(5));
        assertThat(passwords.verify("demo", "not-a-hash")).isFalse();
        assertThat(passwords.verify("x".repeat(100), counting.encode("demo"))).isFalse();
        passwords.checkAgainstNothing("x".repeat(100));
    }
}
