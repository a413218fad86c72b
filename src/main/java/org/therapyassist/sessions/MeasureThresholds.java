package org.therapyassist.sessions;

import java.util.List;
import java.util.UUID;

/**
 * The measure thresholds a registrant set on a delegation, in words, for the support worker to see before they record
 * a visit ("pain rises by 2 points or more"). The outcomes module owns and answers this; sessions cannot depend on it,
 * because outcomes already listens to session records.
 */
public interface MeasureThresholds {

    List<String> describe(UUID organisationId, UUID delegationId);
}
