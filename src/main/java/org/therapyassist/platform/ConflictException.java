package org.therapyassist.platform;

import java.util.Map;

/** Someone else changed the thing first, or its state does not allow this (409). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message, Map.of());
    }

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
