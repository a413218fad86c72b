package org.therapyassist.platform;

import java.util.Map;
import org.therapyassist.platform.web.Messages;

/**
 * Input that passes field-by-field validation but not the rules across fields (an end date before the start date).
 * Carries field messages so that pages show them beside the fields and the API returns them as 400 field errors.
 */
public class InvalidInputException extends DomainException {

    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("request.invalid", Messages.text("platform.api.invalid"), Map.of());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
