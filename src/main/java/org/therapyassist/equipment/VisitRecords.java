package org.therapyassist.equipment;

import java.util.UUID;

/**
 * The visits (session records) a loan may be linked to. The sessions module answers this — it already depends on
 * equipment through delegation — so equipment can refuse a loan tied to another patient's visit without reading
 * the sessions module's tables or depending on it.
 */
public interface VisitRecords {

    boolean isVisitTo(UUID organisationId, UUID sessionRecordId, UUID patientId);
}
