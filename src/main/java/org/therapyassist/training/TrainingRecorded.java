package org.therapyassist.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A completed course was recorded for a member of staff. {@code renewed} are the earlier records of the same course
 * that
 * expire sooner than this one: what they asked for is done.
 */
public record TrainingRecorded(UUID organisationId, UUID staffId, String courseCode, UUID recordId, List<UUID> renewed,
        LocalDate completedOn, UUID recordedBy, String recordedByName) {

    public TrainingRecorded {
        renewed = List.copyOf(renewed);
    }
}
