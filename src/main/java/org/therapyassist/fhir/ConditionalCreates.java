package org.therapyassist.fhir;

import ca.uhn.fhir.rest.api.MethodOutcome;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.therapyassist.platform.ConflictException;

/**
 * The criteria of a conditional create ({@code If-None-Exist}) and how one runs. Only {@code identifier=[system|]value}
 * is accepted: a record is matched on an exact identifier, never on names or dates, which could match a different
 * person.
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

    /**
     * A conditional create: the record the criteria name when there is one (200), else {@code create}. When the
     * create meets the conflict {@code duplicate} (the unique key: the same request sent twice at once, the other
     * added it a moment ago), the record the other request added; any other conflict stands.
     *
     * @param existing
     *            the record the criteria name, as a 200, or null when there is none
     */
    static MethodOutcome once(Supplier<MethodOutcome> existing, Supplier<MethodOutcome> create, String duplicate) {
        MethodOutcome found = existing.get();
        if (found != null) {
            return found;
        }
        try {
            return create.get();
        } catch (ConflictException e) {
            MethodOutcome other = duplicate.equals(e.code()) ? existing.get() : null;
            if (other == null) {
                throw e;
            }
            return other;
        }
    }

    /** The answer to a create: 201 with the resource when it was added, 200 when it was there already. */
    static MethodOutcome answer(String type, UUID id, IBaseResource resource, boolean created) {
        return new MethodOutcome(new IdType(type, id.toString())).setCreated(created).setResource(resource);
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
