package org.therapyassist.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Real RS256 JWTs, signed with the test issuer's key (generated for the tests; its public half is what the test
 * profile's {@code therapy-assist.identity.api-tokens.public-key-location} trusts), or with a key nobody trusts.
 */
public final class TestTokens {

    static final String ISSUER = "https://identity.test.invalid/realms/nhs";
    static final String AUDIENCE = "therapy-assist-api";

    private TestTokens() {
    }

    /** A system token for the organisation with this ODS code, valid for five minutes, with these scopes. */
    public static JWTClaimsSet.Builder system(String client, String odsCode, String scopes) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(UUID.randomUUID().toString())
                .claim("azp", client).claim("org_code", odsCode).claim("scope", scopes)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
    }

    public static String signed(JWTClaimsSet.Builder claims) {
        return sign(claims.build(), testIssuerKey());
    }

    static String signed(JWTClaimsSet.Builder claims, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims).build(), testIssuerKey());
    }

    /** Signed well, but by a key the service was never told to trust. */
    static String signedByAStranger(JWTClaimsSet.Builder claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims.build(), generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: the claims with no signature at all. */
    static String unsigned(JWTClaimsSet.Builder claims) {
        return new PlainJWT(claims.build()).serialize();
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey testIssuerKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/tokens/test-issuer-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
