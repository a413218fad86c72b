package org.therapyassist.lonework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What lone working needs to know of a home visit on a published day: answered by the visits module
 * ({@link PublishedVisitFacts}); tests answer it themselves to drive the rows and the job without planning a day.
 */
interface VisitFacts {

    record HomeVisit(UUID visitId, UUID organisationId, UUID teamId, LocalDate day, UUID patientId, String taskName,
            List<UUID> workerIds, LocalTime start, LocalTime end, String address, String postcode, UUID publishedBy) {
    }

    /** The visit if it is on a published day of the organisation. */
    Optional<HomeVisit> find(UUID organisationId, UUID visitId);
}
