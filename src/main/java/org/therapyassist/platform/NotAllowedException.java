package org.therapyassist.platform;

import java.util.Map;

/** The current user may not do this (403). */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String code, String message) {
        super(code, message, Map.of());
    }

    public NotAllowedException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
