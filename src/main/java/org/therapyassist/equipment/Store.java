package org.therapyassist.equipment;

import java.util.UUID;

/** Where equipment is kept: a ward store, a community base or a central store. */
public record Store(UUID id, UUID organisationId, UUID teamId, String teamName, String name, Kind kind) {

    public enum Kind { WARD, COMMUNITY_BASE, CENTRAL }
}
