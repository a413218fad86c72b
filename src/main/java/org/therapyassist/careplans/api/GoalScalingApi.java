package org.therapyassist.careplans.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.careplans.GoalScaling.Attainment;
import org.therapyassist.careplans.GoalScaling.ScaledGoal;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Goals", description = "Goals with Goal Attainment Scaling (levels −2…+2, weight, append-only reviews, T-score); "
        + "shaped for FHIR Goal")
class GoalScalingApi {

    private final GoalScaling goals;

    GoalScalingApi(GoalScaling goals) {
        this.goals = goals;
    }

    @GetMapping("/api/v1/patients/{patientId}/goals")
    @Operation(summary = "A patient's goals with their attainment levels and reviews, and the GAS T-score per episode")
    Goals list(CurrentUser me, @PathVariable UUID patientId) {
        List<ScaledGoal> list = goals.openForPatient(me, patientId);
        return new Goals(list, GoalScaling.attainment(list));
    }

    @Performs(Command.SCALE_GOAL)
    @PostMapping("/api/v1/episodes/{episodeId}/scaled-goals")
    @Operation(summary = "Registrant: set a goal with its five attainment levels and weight in one step")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<ScaledGoal> create(CurrentUser me, @PathVariable UUID episodeId,
            @Valid @RequestBody NewScaledGoal body) {
        UUID id = goals.addGoal(me, episodeId, body.goal(), body.levels());
        return ResponseEntity.created(URI.create("/api/v1/goals/" + id)).body(goals.open(me, id));
    }

    @GetMapping("/api/v1/goals/{goalId}")
    @Operation(summary = "One goal with its levels and reviews")
    ScaledGoal goal(CurrentUser me, @PathVariable UUID goalId) {
        return goals.open(me, goalId);
    }

    @Performs(Command.SCALE_GOAL)
    @PutMapping("/api/v1/goals/{goalId}/levels")
    @Operation(summary = "Registrant: describe the attainment levels of a goal set without them (once; 409 goal.already-scaled)")
    @ProblemResponses(409)
    ScaledGoal describe(CurrentUser me, @PathVariable UUID goalId, @Valid @RequestBody GoalScaling.Levels body) {
        return goals.describe(me, goalId, body);
    }

    @Performs(Command.REVIEW_GOAL)
    @PostMapping("/api/v1/goals/{goalId}/reviews")
    @Operation(summary = "Registrant: score the goal at review (−2…+2); reviews are appended, never edited")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<ScaledGoal> review(CurrentUser me, @PathVariable UUID goalId,
            @Valid @RequestBody GoalScaling.Review body) {
        ScaledGoal goal = goals.review(me, goalId, body);
        return ResponseEntity.status(201).body(goal);
    }

    @Schema(name = "PatientGoals")
    record Goals(List<ScaledGoal> goals, List<Attainment> attainment) {
    }

    record NewScaledGoal(
            @jakarta.validation.constraints.NotNull(message = "{careplans.validation.goal.blank}") @Valid Commands.AddGoal goal,
            @Valid GoalScaling.Levels levels) {
    }
}
