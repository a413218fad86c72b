package org.therapyassist.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.idempotency.IdempotencyProperties;

/**
 * A pass for the header's counts (how much waits in the inbox and on My day), which a page asks for every little while.
 * Asking with the session cookie would count as activity and keep an idle session alive for ever, so a walked-away
 * ward computer would never sign itself out; the page asks without cookies instead, showing this pass. It names the
 * account and lasts as long as an idle session would from the moment the page was shown, so counting stops when the
 * session would have ended. It lets its holder read two numbers and nothing else. The key is the form token secret's
 * (shared by every node when there are several), kept apart from form tokens by a label of its own.
 */
@Component
public final class CountPasses {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final Clock clock;
    private final Duration life;

    CountPasses(IdempotencyProperties properties, Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration life) {
        this.clock = clock;
        this.life = life;
        byte[] secret;
        if (properties.formTokenSecret().isBlank()) {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
        } else {
            secret = Base64.getDecoder().decode(properties.formTokenSecret().strip());
        }
        this.key = hmac(secret, "header-counts".getBytes(StandardCharsets.UTF_8));
    }

    /** A pass for this person's counts, valid until their session would end if they did nothing more. */
    public Issued issue(CurrentUser user) {
        long until = clock.instant().plus(life).getEpochSecond();
        String body = B64.encodeToString(user.username().getBytes(StandardCharsets.UTF_8)) + "." + until;
        return new Issued(body + "." + B64.encodeToString(hmac(key, body.getBytes(StandardCharsets.UTF_8))),
                Instant.ofEpochSecond(until));
    }

    /** The pass and when it stops working (the page stops asking then). */
    public record Issued(String pass, Instant until) {
    }

    /** The username a pass was issued to, if it is genuine and has not run out. */
    public Optional<String> usernameOf(String pass) {
        if (pass == null || pass.length() > 1000) {
            return Optional.empty();
        }
        String[] parts = pass.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String body = parts[0] + "." + parts[1];
            byte[] expected = hmac(key, body.getBytes(StandardCharsets.UTF_8));
            if (!MessageDigest.isEqual(expected, B64D.decode(parts[2]))
                    || Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
