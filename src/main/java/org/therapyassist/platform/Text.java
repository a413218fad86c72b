package org.therapyassist.platform;

import java.util.UUID;

/** Small, shared handling of what people type: trimmed text or nothing, and ids from form fields. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when there is nothing but white space, so that "nothing" is stored one way. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An id from a form field, or null when it is empty or not an id (the caller reports it as a field error). */
    public static UUID uuidOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
