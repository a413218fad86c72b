package org.therapyassist.patients.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.access.BreakGlassLog;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Break glass", description = "Openings of records outside a caseload, and their review by a team lead")
class BreakGlassApi {

    private final BreakGlassLog log;

    BreakGlassApi(BreakGlassLog log) {
        this.log = log;
    }

    @Performs(Command.REVIEW_BREAK_GLASS)
    @GetMapping("/api/v1/break-glass")
    @Operation(summary = "Break-glass openings waiting for review (oldest first) or already reviewed (newest first); "
            + "team leads only. With reviewed=false, X-Total-Count is how many wait for review")
    ResponseEntity<List<BreakGlassLog.Opening>> list(CurrentUser me,
            @RequestParam(defaultValue = "false") boolean reviewed,
            PageRequest page) {
        return PagedResponses.of(log.list(me, reviewed, page));
    }

    @Performs(Command.REVIEW_BREAK_GLASS)
    @PostMapping("/api/v1/break-glass/{id}/review")
    @Operation(summary = "Review an opening: APPROPRIATE, or CONCERN with a note; never your own (403); once only (409)")
    @ProblemResponses(409)
    BreakGlassLog.Opening review(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody BreakGlassReview body) {
        return log.review(me, id, body.outcome(), body.note());
    }

    record BreakGlassReview(@NotNull(message = "{patients.validation.outcome.blank}") BreakGlassLog.Outcome outcome,
            @Size(max = 1000, message = "{patients.validation.review-note.size}") String note) {
    }
}
