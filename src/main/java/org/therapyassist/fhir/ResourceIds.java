package org.therapyassist.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;

/** Resource ids are the service's UUIDs; any other id names nothing here, so it is a 404, not a 500. */
final class ResourceIds {

    private ResourceIds() {
    }

    static UUID parse(IdType id, String type) {
        String part = id == null ? null : id.getIdPart();
        UUID uuid = uuidOrNull(part);
        if (uuid != null) {
            return uuid;
        }
        throw FhirRefusals.notFound("There is no " + type + " with the id '" + part + "'.");
    }

    /** The UUID this text is, or null when it is not one. */
    static UUID uuidOrNull(String part) {
        try {
            if (part != null && part.length() == 36) {
                return UUID.fromString(part);
            }
        } catch (IllegalArgumentException e) {
            // Not a UUID: null, as any other shape.
        }
        return null;
    }
}
