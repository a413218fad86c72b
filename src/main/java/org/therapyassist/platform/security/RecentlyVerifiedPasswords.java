package org.therapyassist.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API clients send their password with every request (HTTP Basic), and bcrypt is deliberately slow. This remembers,
 * for a few minutes, that a password matched a stored hash, so only the first request pays for bcrypt.
 * Only matches are remembered, under an HMAC with a key that never leaves this process; the stored hash is part of the
 * key, so a changed password is never matched from memory. The sign-in asks {@link #remembers} only for an account
 * that may sign in: a locked, disabled or unknown account gets {@link #checkAgainstNothing}, the same slow check a
 * wrong password gets, so neither the answer nor its timing tells a right password from a wrong one.
 */
final class RecentlyVerifiedPasswords {

    private static final int MAX_ENTRIES = 20_000;

    private final PasswordEncoder slow;
    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;
    /** A hash of a random password nobody knows, made by the same encoder so that checking it costs the same. */
    private final String nothing;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder slow, Clock clock, Duration ttl) {
        this.slow = slow;
        this.clock = clock;
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.nothing = slow.encode(UUID.randomUUID().toString());
    }

    /** Whether this password matched this hash within the last few minutes; never runs bcrypt. */
    boolean remembers(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        Long until = verified.get(fingerprint(rawPassword, encodedPassword));
        return until != null && until > clock.millis();
    }

    /**
     * The full check; a match is remembered. A hash the encoder cannot read counts as a wrong password, at the same
     * cost.
     */
    boolean verify(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            checkAgainstNothing(rawPassword);
            return false;
        }
        boolean matches;
        try {
            matches = slow.matches(rawPassword, encodedPassword);
        } catch (IllegalArgumentException unreadableHash) {
            checkAgainstNothing(rawPassword);
            return false;
        }
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(fingerprint(rawPassword, encodedPassword), clock.millis() + ttl.toMillis());
        }
        return matches;
    }

    /** The same slow work as checking a wrong password, for an account whose password must not be checked at all. */
    void checkAgainstNothing(CharSequence rawPassword) {
        try {
            slow.matches(rawPassword == null ? "" : rawPassword, nothing);
        } catch (IllegalArgumentException tooLong) {
            // bcrypt refuses passwords over 72 bytes whatever the hash, so the real check would have refused it too.
        }
    }

    private String fingerprint(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encoded.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always present in the JDK", e);
        }
    }
}
