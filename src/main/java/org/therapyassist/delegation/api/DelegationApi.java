package org.therapyassist.delegation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
import org.therapyassist.delegation.CompetentColleague;
import org.therapyassist.delegation.DelegationDecline;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationReview;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.delegation.NewDelegation;
import org.therapyassist.delegation.TaskType;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Delegation", description = "Delegate tasks to support workers; accept, decline, review; My day")
class DelegationApi {

    private final DelegationDesk desk;
    private final MyDay myDay;

    DelegationApi(DelegationDesk desk, MyDay myDay) {
        this.desk = desk;
        this.myDay = myDay;
    }

    @GetMapping("/api/v1/task-types")
    @Operation(summary = "The catalogue of delegable tasks, with minimum stage and required competencies")
    @BoundedList("the national catalogue of delegable tasks, a fixed list changed only by a release")
    List<TaskType> taskTypes() {
        return desk.taskTypes();
    }

    @GetMapping("/api/v1/task-types/{code}/competent-staff")
    @Operation(summary = "Support workers who could take this task today: right stage and every competency in date")
    ResponseEntity<List<CompetentColleague>> competentStaff(CurrentUser me, @PathVariable String code,
            PageRequest page) {
        return PagedResponses.of(desk.competentFor(me, code, page));
    }

    @Performs(Command.DELEGATE)
    @PostMapping("/api/v1/delegations")
    @Operation(summary = "Delegate a task. Refused (422) with a stable code when a rule forbids it: "
            + "delegation.not-competent, delegation.competency-expired, delegation.stage-too-low, delegation.no-consent; "
            + "403 delegation.delegator-not-registered. A refusal lists competentColleagues.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 422})
    ResponseEntity<DelegationView> delegate(CurrentUser me, @Valid @RequestBody NewDelegation body) {
        DelegationView view = desk.delegate(me, body);
        return ResponseEntity.created(URI.create("/api/v1/delegations/" + view.id())).body(view);
    }

    @GetMapping("/api/v1/delegations/{id}")
    @Operation(summary = "A delegation with its plan, evidence of competence and status")
    DelegationView get(CurrentUser me, @PathVariable UUID id) {
        return desk.view(me, id);
    }

    @Performs(Command.ACCEPT_DELEGATION)
    @PostMapping("/api/v1/delegations/{id}/accept")
    @Operation(summary = "The support worker accepts; 409 if it was already answered or withdrawn")
    @ProblemResponses({409, 422})
    DelegationView accept(CurrentUser me, @PathVariable UUID id) {
        return desk.accept(me, id);
    }

    @Performs(Command.DECLINE_DELEGATION)
    @PostMapping("/api/v1/delegations/{id}/decline")
    @Operation(summary = "The support worker declines with a reason; it goes back to the delegator's inbox")
    @ProblemResponses({409, 422})
    DelegationView decline(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody DelegationDecline body) {
        return desk.decline(me, id, body.reason(), body.note());
    }

    @Performs(Command.CANCEL_DELEGATION)
    @PostMapping("/api/v1/delegations/{id}/cancel")
    @Operation(summary = "A registrant withdraws the delegation")
    @ProblemResponses(409)
    DelegationView cancel(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody(required = false) NoteRequest body) {
        return desk.cancel(me, id, body == null ? null : body.note());
    }

    @Performs(Command.ACKNOWLEDGE_DECLINE)
    @PostMapping("/api/v1/delegations/{id}/acknowledge-decline")
    @Operation(summary = "The delegator has dealt with a decline; it leaves the inbox")
    @ProblemResponses(409)
    DelegationView acknowledge(CurrentUser me, @PathVariable UUID id) {
        return desk.acknowledgeDecline(me, id);
    }

    @Performs(Command.REVIEW_DELEGATION)
    @PostMapping("/api/v1/delegations/{id}/review")
    @Operation(summary = "Review: continue to a new review date, or end the delegation")
    @ProblemResponses(409)
    DelegationView review(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody DelegationReview body) {
        return desk.review(me, id, body.outcome(), body.note(), body.nextReviewOn());
    }

    @GetMapping("/api/v1/my-day")
    @Operation(summary = "The support worker's day: requests to answer, tasks due today in order, done today")
    MyDay.Day myDay(CurrentUser me) {
        return myDay.of(me);
    }

    @Schema(name = "DelegationCancel")
    record NoteRequest(@Size(max = 500, message = "{delegation.decline.note.size}") String note) {
    }
}
