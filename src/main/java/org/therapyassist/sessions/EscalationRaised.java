package org.therapyassist.sessions;

import java.util.UUID;

/**
 * A worker raised a concern ("stop and contact") with the registrant who delegated the task. Carries ids only: a
 * listener that tells someone reads what it may show from the owning module, and never the concern's words.
 */
public record EscalationRaised(UUID organisationId, UUID escalationId, UUID raisedBy, UUID raisedTo) {
}
