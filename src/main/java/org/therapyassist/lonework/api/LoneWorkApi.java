package org.therapyassist.lonework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.lonework.Buddies;
import org.therapyassist.lonework.CheckIns;
import org.therapyassist.lonework.LoneWorkerAlert;
import org.therapyassist.lonework.LoneWorkerAlerts;
import org.therapyassist.lonework.VisitCheck;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Lone working", description = "Arrived and Left on a home visit, I need help, and the alerts they raise")
class LoneWorkApi {

    private final CheckIns checkIns;
    private final LoneWorkerAlerts alerts;
    private final Buddies buddies;

    LoneWorkApi(CheckIns checkIns, LoneWorkerAlerts alerts, Buddies buddies) {
        this.checkIns = checkIns;
        this.alerts = alerts;
        this.buddies = buddies;
    }

    @GetMapping("/api/v1/lone-work-buddy")
    @Operation(summary = "Your buddy for today, told first if you do not check out of a visit (instead of the person who "
            + "published the day); no buddyId when none is named")
    Buddies.Buddy buddy(CurrentUser me) {
        return buddies.today(me);
    }

    @Performs(Command.NAME_LONE_WORK_BUDDY)
    @PutMapping("/api/v1/lone-work-buddy")
    @Operation(summary = "Name your buddy for today: an enabled colleague, not yourself (400 with a field error on "
            + "buddyId otherwise). Visits you arrive at afterwards tell them first")
    Buddies.Buddy nameBuddy(CurrentUser me, @Valid @RequestBody BuddyRequest body) {
        return buddies.name(me, body.buddyId());
    }

    @Schema(name = "LoneWorkBuddyRequest")
    record BuddyRequest(@NotNull(message = "{lonework.buddy.invalid}") UUID buddyId) {
    }

    @GetMapping("/api/v1/visits/{id}/check")
    @Operation(summary = "Your check on a visit of a published day you are assigned to: not arrived, on the visit (with "
            + "when you are expected out) or left. 404 lonework.visit-not-found for a visit not on a published day; "
            + "403 lonework.not-your-visit when you are not one of its workers")
    @ProblemResponses({403, 404})
    VisitCheck check(CurrentUser me, @PathVariable UUID id) {
        return checkIns.visit(me, id).check();
    }

    @Performs(Command.CHECK_IN_VISIT)
    @PostMapping("/api/v1/visits/{id}/arrived")
    @Operation(summary = "Arrived: fixes when you are expected out (the planned end, or your arrival plus the visit's "
            + "length if you are late) and who is alerted if Left does not come by then plus the grace period. Only on "
            + "the visit's day (409 lonework.not-today). A second call changes nothing and answers the first arrival")
    @ProblemResponses({404, 409})
    VisitCheck arrived(CurrentUser me, @PathVariable UUID id) {
        return checkIns.arrived(me, id);
    }

    @Performs(Command.CHECK_IN_VISIT)
    @PostMapping("/api/v1/visits/{id}/left")
    @Operation(summary = "Left: closes your check-in on the visit. A second call changes nothing; before Arrived it is "
            + "409 lonework.not-arrived")
    @ProblemResponses({404, 409})
    VisitCheck left(CurrentUser me, @PathVariable UUID id) {
        return checkIns.left(me, id);
    }

    @Performs(Command.ASK_FOR_HELP_ON_VISIT)
    @PostMapping("/api/v1/visits/{id}/help")
    @Operation(summary = "I need help: alerts the person who published the day and the team's leads at once, with the "
            + "visit's address and your name and phone. Before Arrived it records your arrival too. While the alert is "
            + "open, a second call answers the same alert")
    @ProblemResponses({404, 409})
    LoneWorkerAlert help(CurrentUser me, @PathVariable UUID id) {
        return checkIns.needHelp(me, id);
    }

    @GetMapping("/api/v1/lone-worker-alerts")
    @Operation(summary = "The open lone worker alerts addressed to you: I need help first, then escalated, then oldest")
    ResponseEntity<List<LoneWorkerAlert>> open(CurrentUser me, PageRequest page) {
        return PagedResponses.of(alerts.openFor(me, page));
    }

    @GetMapping("/api/v1/lone-worker-alerts/{id}")
    @Operation(summary = "One lone worker alert, for a recipient, the worker it is about or a team lead (403 "
            + "lonework.not-addressed otherwise)")
    @ProblemResponses({403, 404})
    LoneWorkerAlert alert(CurrentUser me, @PathVariable UUID id) {
        return alerts.get(me, id);
    }

    @Performs(Command.ACKNOWLEDGE_LONE_WORKER_ALERT)
    @PostMapping("/api/v1/lone-worker-alerts/{id}/acknowledge")
    @Operation(summary = "Acknowledge a lone worker alert for everyone it went to: it stops escalating and leaves the "
            + "inbox and the banner. A second call changes nothing and answers who acknowledged it first. Recipients and "
            + "team leads only (403 lonework.not-addressed); not the worker it is about (403 lonework.own-alert)")
    @ProblemResponses(404)
    LoneWorkerAlert acknowledge(CurrentUser me, @PathVariable UUID id) {
        return alerts.acknowledge(me, id);
    }
}
