package org.therapyassist.competence;

import java.util.UUID;

/** A sign-off was withdrawn (revoked) by an assessor: it no longer counts, and nothing about it is due any more. */
public record SignOffWithdrawn(UUID organisationId, UUID staffId, UUID signOffId, UUID withdrawnBy) {
}
