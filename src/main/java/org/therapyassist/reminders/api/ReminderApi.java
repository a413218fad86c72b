package org.therapyassist.reminders.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.reminders.ReminderGroup;
import org.therapyassist.reminders.Reminders;

@RestController
@Tag(name = "Reminders", description = "Daily reminders: competencies expiring, training due, supervision due, "
        + "inductions behind. They close themselves when the work is done, and can be dismissed one by one or together.")
class ReminderApi {

    private final Reminders reminders;

    ReminderApi(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/api/v1/reminders/mine")
    @Operation(summary = "My open reminders, about my own work or my team's, soonest due first; one group if asked")
    ResponseEntity<List<Reminders.Reminder>> mine(CurrentUser me,
            @Parameter(description = "Only this group") @RequestParam(required = false) ReminderGroup group,
            PageRequest page) {
        return PagedResponses.of(reminders.openFor(me.organisationId(), me.staffId(), group, page));
    }

    @GetMapping("/api/v1/reminders/mine/groups")
    @Operation(summary = "My open reminders in groups: per group the count, how many are overdue, the first "
            + Reminders.SHOWN_PER_GROUP
            + " people and reminders, and raisedUpTo to send back when dismissing the group")
    Reminders.Summary groups(CurrentUser me) {
        return reminders.summaryFor(me.organisationId(), me.staffId());
    }

    @Performs(Command.DISMISS_REMINDER)
    @PostMapping("/api/v1/reminders/{id}/dismiss")
    @Operation(summary = "Dismiss one of my reminders (409 if already dismissed or closed)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> dismiss(CurrentUser me, @PathVariable UUID id) {
        reminders.dismiss(me, id);
        return ResponseEntity.noContent().build();
    }

    @Performs(Command.DISMISS_REMINDER)
    @PostMapping("/api/v1/reminders/dismissals")
    @Operation(summary = "Dismiss my open reminders together: one group, or all when no group is given, raised up to "
            + "raisedUpTo (required: the value from the groups I looked at, so that nothing raised since is cleared "
            + "unseen). Answers how many were dismissed.")
    Dismissed dismissAll(CurrentUser me, @Valid @RequestBody Dismissal body) {
        return new Dismissed(reminders.dismissAll(me, body.group(), body.raisedUpTo()));
    }

    /** Which reminders to dismiss together. */
    record Dismissal(ReminderGroup group,
            @NotNull(message = "{reminders.api.raised-up-to.null}") Instant raisedUpTo) {
    }

    record Dismissed(int dismissed) {
    }
}
