package org.therapyassist.visits.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.visits.DayBoard;
import org.therapyassist.visits.LapsedVisits;
import org.therapyassist.visits.MyVisits;
import org.therapyassist.visits.VisitDays;
import org.therapyassist.visits.VisitMoves;
import org.therapyassist.visits.VisitShifts;

@RestController
@Tag(name = "Community visits")
class VisitApi {

    private final VisitDays days;
    private final LapsedVisits lapsed;
    private final VisitShifts shifts;
    private final VisitMoves moves;
    private final MyVisits mine;
    private final PatientHomes homes;
    private final Clock clock;

    VisitApi(VisitDays days, MyVisits mine, PatientHomes homes, Clock clock, VisitMoves moves, VisitShifts shifts,
            LapsedVisits lapsed) {
        this.moves = moves;
        this.shifts = shifts;
        this.lapsed = lapsed;
        this.days = days;
        this.mine = mine;
        this.homes = homes;
        this.clock = clock;
    }

    /** The board's version the client last saw: a change made since is refused with 409 rather than overwritten. */
    record Expected(@NotNull(message = "{visits.version.null}") @Schema(description = "The board's version, from "
            + "GET …/days/{day}") Integer version) {
    }

    /** Where a patient's home is. */
    record HomeLocation(
            @NotNull(message = "{patients.home.latitude}") @Schema(example = "53.74512") BigDecimal latitude,
            @NotNull(message = "{patients.home.longitude}") @Schema(example = "-1.60087") BigDecimal longitude) {
    }

    @Performs(Command.PLAN_VISITS)
    @GetMapping("/api/v1/visit-teams/{teamId}/days/{day}")
    @Operation(summary = "A community team's day of home visits (the planning board): each worker's shift and "
            + "planned visits in order, the visits not planned with the reason in words, cancelled ones, and any "
            + "rule the working copy breaks as things stand now. The first read of a day makes its visits from the "
            + "delegations due that day")
    DayBoard.Board board(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return days.board(me, teamId, day);
    }

    @Performs(Command.PLAN_VISITS)
    @ProblemResponses({409, 422})
    @PostMapping("/api/v1/visit-teams/{teamId}/days/{day}/plan")
    @Operation(summary = "Plan (or re-plan) the day with the solver: pinned visits stay; on today's published day, "
            + "started visits stay and nothing moves before now. Takes up to the configured planning time (30 s). "
            + "409 when the board changed since the version given; 422 for a day in the past")
    DayBoard.Board plan(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Valid @RequestBody Expected body) {
        return days.plan(me, teamId, day, body.version());
    }

    @Performs(Command.PUBLISH_VISITS)
    @ProblemResponses({409, 422})
    @PostMapping("/api/v1/visit-teams/{teamId}/days/{day}/publish")
    @Operation(summary = "Publish the working copy to the workers' My day. 422 while a planned visit breaks a rule "
            + "as things stand now (a competency lapsed since planning, a worker gone off), or nothing is planned; "
            + "409 when the board changed since the version given")
    DayBoard.Board publish(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Valid @RequestBody Expected body) {
        return days.publish(me, teamId, day, body.version());
    }

    @Performs(Command.SET_VISIT_SHIFTS)
    @ProblemResponses({409, 422})
    @PostMapping("/api/v1/visit-teams/{teamId}/days/{day}/workers/{staffId}/off")
    @Operation(summary = "A worker has gone off for the rest of the day (sick, say): plan again to move their visits "
            + "not yet started. 404 when they have no shift that day; 409 when already off")
    DayBoard.Board workerOff(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable UUID staffId) {
        return shifts.workerOff(me, teamId, day, staffId);
    }

    @Performs(Command.SET_VISIT_SHIFTS)
    @ProblemResponses(422)
    @PutMapping("/api/v1/visit-teams/{teamId}/days/{day}/shifts/{staffId}")
    @Operation(summary = "Set a support worker's shift for the day: start and end, one break inside it, and the base "
            + "they set out from and return to (name and coordinates). 404 for someone not a support worker of the team")
    DayBoard.Shift setShift(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable UUID staffId,
            @RequestBody DayBoard.Shift body) {
        return shifts.setShift(me, teamId, staffId, day, body);
    }

    @Performs(Command.SET_VISIT_SHIFTS)
    @ProblemResponses(422)
    @DeleteMapping("/api/v1/visit-teams/{teamId}/days/{day}/shifts/{staffId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a worker's shift for the day (not working); their visits are planned again")
    void removeShift(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable UUID staffId) {
        shifts.setShift(me, teamId, staffId, day, null);
    }

    @Performs(Command.PLAN_VISITS)
    @ProblemResponses({409, 422})
    @PostMapping("/api/v1/visits/{visitId}/move")
    @Operation(summary = "Move a visit to the worker(s) and start given (two for a double-up visit), checked against "
            + "the same rules as the solver's plan; a moved visit is pinned. 422 with the rule in words when the move "
            + "breaks one (competence in date on the day, window, shift, break, travel, double-up together)")
    DayBoard.Board move(CurrentUser me, @PathVariable UUID visitId, @RequestBody DayBoard.Move body) {
        return moves.move(me, visitId, body);
    }

    @Performs(Command.PLAN_VISITS)
    @ProblemResponses({409, 422})
    @PostMapping("/api/v1/visits/{visitId}/pin")
    @Operation(summary = "Pin a planned visit where it is: planning again leaves it. 409 when it is not planned")
    DayBoard.Board pin(CurrentUser me, @PathVariable UUID visitId) {
        return moves.pin(me, visitId, true);
    }

    @Performs(Command.PLAN_VISITS)
    @ProblemResponses({409, 422})
    @PostMapping("/api/v1/visits/{visitId}/unpin")
    @Operation(summary = "Unpin a visit: planning again may move it")
    DayBoard.Board unpin(CurrentUser me, @PathVariable UUID visitId) {
        return moves.pin(me, visitId, false);
    }

    @Performs(Command.PLAN_VISITS)
    @ProblemResponses(422)
    @PutMapping("/api/v1/visits/{visitId}/details")
    @Operation(summary = "Change a visit's length, window and whether two workers go; it keeps its place on the plan "
            + "only if that still breaks no rule")
    DayBoard.Board change(CurrentUser me, @PathVariable UUID visitId, @RequestBody DayBoard.Details body) {
        return moves.change(me, visitId, body);
    }

    @ProblemResponses(404)
    @GetMapping("/api/v1/visits/mine")
    @BoundedList("one worker's published visits on one day: a day's round")
    @Operation(summary = "The caller's published home visits on a day (today when not given), in order, with the "
            + "address, the patient's alerts and phone, the task's instructions and the double-up partner")
    List<MyVisits.MyVisit> mine(CurrentUser me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return mine.of(me, day == null ? Time.today(clock) : day);
    }

    @GetMapping("/api/v1/visits/to-replan")
    @BoundedList("at most " + LapsedVisits.TO_REPLAN_SHOWN + " visits, soonest first")
    @Operation(summary = "Home visits a lapsed or withdrawn competency pulled off the days the caller published, from "
            + "today on: each with the reason, to plan again")
    List<LapsedVisits.ToReplan> toReplan(CurrentUser me) {
        return lapsed.toReplan(me);
    }

    @Performs(Command.SET_PATIENT_HOME)
    @PutMapping("/api/v1/patients/{patientId}/home-location")
    @Operation(summary = "Set where the patient's home is (latitude and longitude, within Great Britain): visits are "
            + "planned from it. Audited as a change to the patient's record")
    PatientHomes.Home locate(CurrentUser me, @PathVariable UUID patientId, @Valid @RequestBody HomeLocation body) {
        return homes.locate(me, patientId, body.latitude(), body.longitude());
    }
}
