package org.therapyassist.delegation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.therapyassist.delegation.Enums.ReviewOutcome;
import org.therapyassist.platform.web.Label;

/** The delegator reviews a delegation: it continues to the next review date, or ends. From the page or the API. */
@Schema(name = "DelegationReview")
public record DelegationReview(
        @NotNull(message = "{delegation.review.outcome.blank}") ReviewOutcome outcome,
        @Size(max = 1000, message = "{delegation.review.note.size}") String note,
        @Label("{delegation.field.next-review-on}") LocalDate nextReviewOn) {
}
