package org.therapyassist.staff.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The set-up link's secret: 256 random bits, written into the log once and kept only as its SHA-256. A token that
 * random needs no salt or slow hash: nobody can guess one to match, and the table alone cannot open the page.
 */
final class SetupTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SetupTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form; anything the link could carry hashes, so a wrong token is simply not found. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
