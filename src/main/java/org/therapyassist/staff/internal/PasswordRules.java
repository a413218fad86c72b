package org.therapyassist.staff.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.therapyassist.platform.web.Messages;

/**
 * What a local account's new password must be, following the NCSC's advice: long rather than complicated (no
 * required mix of characters, which only makes people write passwords down), and not the username. Bcrypt reads only
 * the first 72 bytes, so a longer password would be silently cut: it is refused instead.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /**
     * Field messages for a new password and its confirmation, empty when both are fine.
     *
     * @param field
     *            the page's name for the password box; its confirmation is {@code confirm} + the name capitalised
     */
    public static Map<String, String> check(String field, String password, String confirmation, String username) {
        Map<String, String> errors = new LinkedHashMap<>();
        String confirmField = "confirm" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        if (password == null || password.isEmpty()) {
            errors.put(field, Messages.text("staff.password.blank"));
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.put(field, Messages.text("staff.password.short", MIN_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.put(field, Messages.text("staff.password.long", MAX_BYTES));
        } else if (password.isBlank()) {
            errors.put(field, Messages.text("staff.password.spaces"));
        } else if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            errors.put(field, Messages.text("staff.password.username"));
        } else if (!password.equals(confirmation)) {
            errors.put(confirmField, Messages.text("staff.password.mismatch"));
        }
        return errors;
    }
}
