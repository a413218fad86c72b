package org.therapyassist.fhir;

import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;

/**
 * A search by {@code _id}: the read behind it (same access check and audit), as a bundle of that one resource, or an
 * empty one when the id names nothing the user may see: a search never refuses, so it cannot be used to probe.
 */
final class IdSearch {

    private IdSearch() {
    }

    /** The resource of this id, if the user may see it; {@code others} are the search's other parameters. */
    static <T extends IBaseResource> List<T> find(TokenParam id, Function<UUID, T> read, Object... others) {
        for (Object other : others) {
            if (other != null) {
                throw FhirRefusals.invalid("Search by '_id' alone, or by the other parameters.");
            }
        }
        if (id.getModifier() != null || id.getMissing() != null || id.getSystem() != null) {
            throw FhirRefusals.invalid("Search '_id' by the id alone.");
        }
        UUID uuid = ResourceIds.uuidOrNull(id.getValue() == null ? null : id.getValue().strip());
        if (uuid == null) {
            return List.of();
        }
        return quietly(() -> read.apply(uuid));
    }

    /** The read's resource, or nothing when it refuses with a 404 or 403 (the refusal is audited as any read's). */
    static <T> List<T> quietly(Supplier<T> read) {
        try {
            return List.of(read.get());
        } catch (NotFoundException | NotAllowedException e) {
            return List.of();
        } catch (BaseServerResponseException e) {
            if (e.getStatusCode() == 404 || e.getStatusCode() == 403) {
                return List.of();
            }
            throw e;
        }
    }
}
