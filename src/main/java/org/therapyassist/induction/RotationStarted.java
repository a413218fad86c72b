package org.therapyassist.induction;

import java.util.UUID;

/** A rotation placement started: the person now works in the receiving team. */
public record RotationStarted(UUID organisationId, UUID rotationId, UUID staffId, UUID toTeamId, String toTeamName,
        UUID startedBy) {
}
