package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Which bearer tokens the API believes: real RS256 tokens through the decoder the API chain uses. */
class BearerTokenRulesTest {

    static final IdentityProperties.ApiTokens SETTINGS = new IdentityProperties.ApiTokens(TestTokens.ISSUER, null,
            "classpath:tokens/test-issuer-public.pem", TestTokens.AUDIENCE, null, null);

    final JwtDecoder decoder = BearerTokens.decoder(SETTINGS, new DefaultResourceLoader());

    @Test
    void believesASignedTokenFromTheIssuerForThisService() {
        var jwt = decoder.decode(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read")));
        assertThat(jwt.getClaimAsString("org_code")).isEqualTo("ZZ000");
        assertThat(SystemTokens.scopes(jwt)).containsExactly("system/Patient.read");
    }

    @Test
    void h64_anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertRefused(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read"),
                c -> c.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past))));
    }

    @Test
    void h64_aTokenThatNeverExpiresIsRefused() {
        assertRefused(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read"),
                c -> c.expirationTime(null)));
    }

    @Test
    void h64_aTokenForAnotherServiceIsRefused() {
        assertRefused(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read"),
                c -> c.audience("another-service")));
        assertRefused(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read"),
                c -> c.audience((String) null)));
    }

    @Test
    void h64_aTokenFromAnotherIssuerIsRefused() {
        assertRefused(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read"),
                c -> c.issuer("https://identity.test.invalid/realms/elsewhere")));
    }

    @Test
    void h64_anUnsignedTokenIsRefused() {
        assertRefused(TestTokens.unsigned(TestTokens.system("epr", "ZZ000", "system/*.*")));
    }

    @Test
    void h64_aTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() {
        assertRefused(TestTokens.signedByAStranger(TestTokens.system("epr", "ZZ000", "system/*.*")));
    }

    @Test
    void aTokenFromAClockALittleAheadIsBelieved() {
        Instant soon = Instant.now().plusSeconds(10);
        decoder.decode(TestTokens.signed(TestTokens.system("epr", "ZZ000", "system/Patient.read"),
                c -> c.issueTime(Date.from(soon)).notBeforeTime(Date.from(soon))));
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }
}
