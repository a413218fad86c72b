package org.therapyassist.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Objects;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Which bearer JWTs are believed: signed (RS256) by a key the provider publishes, from the configured issuer, for
 * this service's audience, with an expiry that has not passed (30 seconds' leeway for clocks). An unsigned token
 * ({@code alg: none}) has no key to check against and is refused like a forged one.
 */
final class BearerTokens {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private BearerTokens() {
    }

    static JwtDecoder decoder(IdentityProperties.ApiTokens settings, ResourceLoader resources) {
        NimbusJwtDecoder decoder;
        if (StringUtils.hasText(settings.publicKeyLocation())) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(resources, settings.publicKeyLocation())).build();
        } else if (StringUtils.hasText(settings.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        } else {
            // Reads the discovery document on the first token, not at start: the service starts while the provider
            // is away, and API calls fail (401) until it is back.
            decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        }
        decoder.setJwtValidator(validator(settings, Clock.systemUTC()));
        return decoder;
    }

    /** The checks on a token whose signature held. */
    static OAuth2TokenValidator<Jwt> validator(IdentityProperties.ApiTokens settings, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        String audience = settings.audience();
        return new DelegatingOAuth2TokenValidator<>(
                // A token that never expires is refused: a leaked one would work for ever.
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                timestamps,
                new JwtIssuerValidator(settings.issuerUri()),
                new JwtClaimValidator<Object>(JwtClaimNames.AUD, aud -> aud instanceof Collection<?> list
                        ? list.contains(audience)
                        : audience.equals(aud)));
    }

    private static RSAPublicKey publicKey(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the API token public key at " + location, e);
        }
    }
}
