package org.therapyassist.platform;

import java.util.Map;

/** A business rule refuses the request; the message says what to change (422). */
public class RefusedException extends DomainException {

    public RefusedException(String code, String message) {
        super(code, message, Map.of());
    }

    public RefusedException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
