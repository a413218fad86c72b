package org.therapyassist.fhir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The criteria of a conditional create ({@code If-None-Exist}). Only {@code identifier=[system|]value} is accepted: a
 * record is matched on an exact identifier, never on names or dates, which could match a different person.
 */
final class ConditionalCreates {

    private ConditionalCreates() {
    }

    /** An identifier the criteria ask for; {@code system} is null when the criteria give none (any system). */
    record Criteria(String system, String value) {

        boolean matches(Identifier identifier) {
            return value.equals(identifier.getValue()) && (system == null || system.equals(identifier.getSystem()));
        }

        String text() {
            return (system == null ? "" : system + "|") + value;
        }
    }

    /** The criteria of {@code If-None-Exist}, or null when the request has none (a plain create). */
    static Criteria parse(String conditionalUrl) {
        if (conditionalUrl == null || conditionalUrl.isBlank()) {
            return null;
        }
        String query = conditionalUrl.substring(conditionalUrl.indexOf('?') + 1);
        String[] parts = query.split("&");
        if (parts.length != 1 || !parts[0].startsWith("identifier=")) {
            throw FhirRefusals.invalid("If-None-Exist matches on one identifier only: identifier=system|value.");
        }
        String token;
        try {
            token = URLDecoder.decode(parts[0].substring("identifier=".length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw FhirRefusals.invalid("If-None-Exist is not URL-encoded correctly.");
        }
        int bar = token.indexOf('|');
        String system = bar < 0 ? null : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        if (value.isBlank() || value.contains(",") || value.contains("|")) {
            throw FhirRefusals.invalid("If-None-Exist names one identifier: identifier=system|value.");
        }
        return new Criteria(system == null || system.isBlank() ? null : system, value);
    }

    /** Criteria matching more than one record: nothing is created, as the FHIR specification asks (412). */
    static RuntimeException tooMany(String what) {
        return FhirRefusals.refused(412, IssueType.MULTIPLEMATCHES, "If-None-Exist matches more than one of the "
                + what + " here: name the system of the identifier. Nothing was saved.");
    }

    /** A criteria the resource sent does not itself carry: refused, so a retry can never match a different one. */
    static RuntimeException notInBody(Criteria criteria, String type) {
        return FhirRefusals.refused(400, IssueType.INVALID, "The " + type + " sent does not carry the identifier "
                + criteria.text() + " that If-None-Exist names.");
    }
}
