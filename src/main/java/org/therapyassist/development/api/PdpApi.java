package org.therapyassist.development.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.development.DevelopmentPlans;
import org.therapyassist.development.PdpCompliance;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
@RestController
@RequestMapping("/api/v1")
@Tag(name = "PDP", description = "Personal development plans: objectives, actions, reviews")
class PdpApi {

    private final DevelopmentPlans plans;
    private final PdpCompliance compliance;

    PdpApi(DevelopmentPlans plans, PdpCompliance compliance) {
        this.plans = plans;
        this.compliance = compliance;
    }

    @GetMapping("/staff/{id}/pdp")
    @Operation(summary = "A person's PDP objectives with their reviews")
    ResponseEntity<List<DevelopmentPlans.Objective>> plan(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        return PagedResponses.of(plans.of(me, id, page));
    }

    @Performs(Command.KEEP_PDP)
    @PostMapping("/staff/{id}/pdp")
    @Operation(summary = "Add an objective towards a competency (competencyCode) or the next stage (targetStage), not both")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DevelopmentPlans.Objective> add(CurrentUser me, @PathVariable UUID id,
            @RequestBody ObjectiveBody body) {
        return ResponseEntity.status(201).body(plans.addObjective(me, id, new DevelopmentPlans.NewObjective(
                body.competencyCode(), body.targetStage(), body.objective(), body.actions(), body.targetDate(),
                body.reviewDate())));
    }

    @Performs(Command.KEEP_PDP)
    @PatchMapping("/pdp/objectives/{id}")
    @Operation(summary = "Change an objective's status and/or actions; send the version you read, 409 if it changed since")
    @ProblemResponses(409)
    DevelopmentPlans.Objective change(CurrentUser me, @PathVariable UUID id,
            @RequestBody DevelopmentPlans.Change body) {
        return plans.change(me, id, body);
    }

    @Performs(Command.REVIEW_PDP)
    @PostMapping("/pdp/objectives/{id}/reviews")
    @Operation(summary = "Supervisor or lead: record a dated review, optionally bringing in a thank-you (thanksId)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DevelopmentPlans.Review> review(CurrentUser me, @PathVariable UUID id,
            @RequestBody DevelopmentPlans.NewReview body) {
        return ResponseEntity.status(201).body(plans.review(me, id, body));
    }

    @GetMapping("/reports/pdp-reviews")
    @Operation(summary = "Team lead: support workers with no PDP review in 12 months or past their review date, first")
    ResponseEntity<List<PdpCompliance.Standing>> standings(CurrentUser me, PageRequest page) {
        if (!me.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("reporting.team-lead-only",
                    Messages.text("development.refusal.team-leads-only"));
        }
        return PagedResponses.of(compliance.standings(me.organisationId(), page));
    }

    @Schema(name = "NewPdpObjective", description = "Towards a competency (competencyCode) or the next stage (targetStage), not both")
    record ObjectiveBody(String competencyCode, Stage targetStage,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String objective,
            @Schema(maxLength = 2000) String actions,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Today or later") LocalDate targetDate,
            @Schema(description = "Today or later") LocalDate reviewDate) {
    }
}
