package org.therapyassist.induction;

import java.util.UUID;

/** An item sign-off brought a new starter's induction back to (or ahead of) the usual pace, or completed it. */
public record InductionCaughtUp(UUID organisationId, UUID staffId, UUID planId, int done, int total, UUID signedOffBy) {
}
