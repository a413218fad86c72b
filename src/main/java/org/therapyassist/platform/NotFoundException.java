package org.therapyassist.platform;

import java.util.Map;

/** The thing asked for does not exist in this organisation (404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, String message) {
        super(code, message, Map.of());
    }

    public NotFoundException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
