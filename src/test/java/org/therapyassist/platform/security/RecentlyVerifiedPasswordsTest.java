package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    static final class Counting implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return BCRYPT.matches(raw, encoded);
        }
    }

    @Test
    void aWrongPasswordIsNeverAcceptedFromMemory() {
        Counting counting = new Counting();
        var encoder = new RecentlyVerifiedPasswords(counting, Clock.systemUTC(), Duration.ofMinutes(5));
        String hash = counting.encode("demo");
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("dem0", hash)).isFalse();
        assertThat(encoder.matches("dem0", hash)).isFalse();
        assertThat(counting.checks).hasValue(3);
    }

    @Test
    void aRecentMatchSkipsBcryptUntilItExpiresOrThePasswordChanges() {
        Counting counting = new Counting();
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        Clock[] clock = {Clock.fixed(start, ZoneOffset.UTC)};
        var encoder = new RecentlyVerifiedPasswords(counting, new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return clock[0].instant(); }
        }, Duration.ofMinutes(5));
        String hash = counting.encode("demo");
        encoder.matches("demo", hash);
        encoder.matches("demo", hash);
        assertThat(counting.checks).hasValue(1);
        clock[0] = Clock.fixed(start.plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        encoder.matches("demo", hash);
        assertThat(counting.checks).hasValue(2);
        String changed = counting.encode("demo");
        assertThat(encoder.matches("demo", changed)).isTrue();
        assertThat(counting.checks).hasValue(3);
    }
}
