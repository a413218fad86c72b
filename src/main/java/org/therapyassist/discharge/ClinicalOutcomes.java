package org.therapyassist.discharge;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.therapyassist.careplans.Episode;

/**
 * The clinical outcomes a discharge summary shows: each goal with how it ended, and each measure first vs last.
 * {@link StoredRecordOutcomes} answers from goal statuses and the measures on session records; a bean marked
 * {@code @Primary} (for example one that adds Goal Attainment Scaling from the outcomes module) replaces it.
 */
public interface ClinicalOutcomes {

    Outcomes forEpisode(UUID organisationId, Episode episode);

    @Schema(name = "ClinicalOutcomes")
    record Outcomes(List<Line> goals, List<Line> measures) {
    }

    /** One row of the summary: a goal (result = its status) or a measure (first, last and the change in words). */
    @Schema(name = "ClinicalOutcomeLine")
    record Line(String label, String first, String last, String result) {
    }
}
