package org.therapyassist.platform;

import java.util.Map;

/**
 * Input that passes field-by-field validation but not the rules across fields (an end date before the start date).
 * Carries field messages so that pages show them beside the fields and the API returns them as 400 field errors.
 */
public class InvalidInputException extends DomainException {

    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("request.invalid", "Some fields are missing or wrong.", Map.of());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
