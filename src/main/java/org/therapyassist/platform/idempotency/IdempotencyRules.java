package org.therapyassist.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The pure parts of the Idempotency-Key header: reading a key and fingerprinting a request. The draft makes the key an
 * RFC 8941 string ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}); many clients send it bare, so both are taken.
 */
public final class IdempotencyRules {

    public static final int MAX_KEY_LENGTH = 255;

    /**
     * Where the pages' own script posts with the signed-in session and an Idempotency-Key instead of a one-time form
     * token: the phone's outbox sending what was recorded without signal. The key is required there.
     */
    public static final String OUTBOX = "/outbox/";

    private IdempotencyRules() {
    }

    /** The key carried by one header value, or empty when it is not a usable key (empty, too long, not printable). */
    public static Optional<String> key(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String value = headerValue.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return unquote(value.substring(1, value.length() - 1));
        }
        // A bare key is a token: no quotes or backslashes, which only a quoted string may carry (escaped).
        return printable(value) && value.indexOf('"') < 0 && value.indexOf('\\') < 0
                ? Optional.of(value)
                : Optional.empty();
    }

    private static Optional<String> unquote(String inner) {
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                if (i + 1 == inner.length() || (inner.charAt(i + 1) != '"' && inner.charAt(i + 1) != '\\')) {
                    return Optional.empty();
                }
                c = inner.charAt(++i);
            } else if (c == '"') {
                return Optional.empty();
            }
            out.append(c);
        }
        String key = out.toString();
        return printable(key) ? Optional.of(key) : Optional.empty();
    }

    private static boolean printable(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /**
     * What makes two requests "the same request": method, path, query and the exact body bytes. The same key on another
     * operation, or with another body, is a different request and is refused rather than answered from the first.
     */
    public static String fingerprint(String method, String path, String query, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{method, path, query == null ? "" : query}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(lengthOf(bytes.length));
                sha.update(bytes);
            }
            sha.update(lengthOf(body.length));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    private static byte[] lengthOf(int n) {
        return new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    /**
     * Which refusals are kept as the key's answer. A 4xx says the request itself was wrong or refused, so the same
     * request sent again gets the same answer; except those that ask the client to try again later (408, 425, 429).
     * A 5xx is never kept: the work did not happen and a retry with the same key should be able to succeed.
     */
    public static boolean keepsAnswer(int status) {
        return status < 400 || (status < 500 && status != 408 && status != 425 && status != 429);
    }
}
