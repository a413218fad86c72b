package org.therapyassist.delegation;

import java.util.UUID;

/** A registrant delegated a task to a support worker, who now has it to accept or decline. Ids only. */
public record DelegationOffered(UUID organisationId, UUID delegationId, UUID delegatorId, UUID workerId) {
}
