package org.therapyassist.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings for keys and form tokens ({@code therapy-assist.idempotency.*}).
 *
 * @param keepFor
 *            how long an Idempotency-Key's answer is kept (a retry after that is a new request)
 * @param staleAfter
 *            a key still "in flight" after this long belongs to a request that died before it committed (the
 *            work and the stored answer commit together), so a retry may take it over
 * @param maxBody
 *            the largest API body fingerprinted for a key; larger requests with a key get 413
 * @param formTokenMaxAge
 *            how long a page form's one-time token stays valid after the page was shown
 * @param formTokenSecret
 *            base64 HMAC key for form tokens; empty means a random key per start, which suits one node
 *            with in-memory sessions (a restart signs everyone out anyway). With several nodes, share one.
 */
@ConfigurationProperties("therapy-assist.idempotency")
public record IdempotencyProperties(Duration keepFor, Duration staleAfter, DataSize maxBody, Duration formTokenMaxAge,
        String formTokenSecret) {

    public IdempotencyProperties {
        keepFor = keepFor == null ? Duration.ofHours(24) : keepFor;
        staleAfter = staleAfter == null ? Duration.ofMinutes(5) : staleAfter;
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        formTokenMaxAge = formTokenMaxAge == null ? Duration.ofHours(12) : formTokenMaxAge;
        formTokenSecret = formTokenSecret == null ? "" : formTokenSecret;
    }
}
