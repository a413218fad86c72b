package org.therapyassist.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API clients send their password with every request (HTTP Basic), and bcrypt is deliberately slow. This remembers,
 * for a few minutes, that a password matched a stored hash, so only the first request pays for bcrypt.
 * Only matches are remembered, under an HMAC with a key that never leaves this process; the stored hash is part of the
 * key, so a changed password is never matched from memory. Lock-out is checked before the password, so a locked
 * account stays locked.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private static final int MAX_ENTRIES = 20_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder delegate, Clock clock, Duration ttl) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        long now = clock.millis();
        Long until = verified.get(fingerprint);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(fingerprint, now + ttl.toMillis());
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
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
