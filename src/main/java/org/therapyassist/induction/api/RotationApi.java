package org.therapyassist.induction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.induction.InductionRules;
import org.therapyassist.induction.Rotation;
import org.therapyassist.induction.Rotations;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;

@RestController
@Tag(name = "Rotations", description = "Staff rotating between teams, the handover checklist, and who arrives in a team")
class RotationApi {

    private final Rotations rotations;
    private final StaffDirectory staff;
    private final Clock clock;

    RotationApi(Rotations rotations, StaffDirectory staff, Clock clock) {
        this.rotations = rotations;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/api/v1/rotations")
    @Operation(summary = "Every rotation of the organisation: planned and in progress first")
    ResponseEntity<List<Rotation>> all(CurrentUser me, PageRequest page) {
        return PagedResponses.of(rotations.all(me.organisationId(), page));
    }

    @Performs(Command.PLAN_ROTATION)
    @PostMapping("/api/v1/rotations")
    @Operation(summary = "A lead plans a rotation; the usual handover checklist comes with it")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404)
    ResponseEntity<Rotation> plan(CurrentUser me, @Valid @RequestBody NewRotation body) {
        UUID id = rotations.plan(me,
                new Rotations.NewRotation(body.staffId(), body.toTeamId(), body.startsOn(), body.endsOn()));
        return ResponseEntity.status(201).body(rotations.require(me.organisationId(), id));
    }

    @GetMapping("/api/v1/rotations/{id}")
    @Operation(summary = "One rotation with its handover checklist")
    Rotation one(CurrentUser me, @PathVariable UUID id) {
        return rotations.require(me.organisationId(), id);
    }

    @Performs(Command.HAND_OVER_ROTATION)
    @PostMapping("/api/v1/rotations/{id}/handover/{itemId}")
    @Operation(summary = "A lead ticks a handover item (409 if already ticked)")
    @ProblemResponses(409)
    Rotation tick(CurrentUser me, @PathVariable UUID id, @PathVariable UUID itemId) {
        rotations.tick(me, id, itemId);
        return rotations.require(me.organisationId(), id);
    }

    @Performs(Command.START_PLACEMENT)
    @PostMapping("/api/v1/rotations/{id}/start")
    @Operation(summary = "A lead starts the placement: the person moves team. 422 until the handover is complete; "
            + "409 if already started")
    @ProblemResponses({409, 422})
    Rotation start(CurrentUser me, @PathVariable UUID id) {
        rotations.start(me, id);
        return rotations.require(me.organisationId(), id);
    }

    @GetMapping("/api/v1/teams/{id}/arrivals")
    @Operation(summary = "Leads: planned arrivals into a team, with each person's competencies in date, expiring or expired")
    ResponseEntity<List<Rotations.Arrival>> arrivals(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        InductionRules.requireLead(staff.require(me.organisationId(), me.staffId()));
        return PagedResponses.of(rotations.arrivals(me.organisationId(), id, Time.today(clock), page));
    }

    @GetMapping("/api/v1/staff/{id}/placement")
    @Operation(summary = "Where someone works now, static or rotational, and their next planned move")
    Rotations.Placement placement(CurrentUser me, @PathVariable UUID id) {
        return rotations.placementOf(me.organisationId(), id);
    }

    record NewRotation(@NotNull(message = "{induction.rotations.who.blank}") UUID staffId,
            @NotNull(message = "{induction.rotations.to-team.blank}") UUID toTeamId,
            @NotNull(message = "{induction.rotations.starts.blank}") LocalDate startsOn, LocalDate endsOn) {
    }
}
