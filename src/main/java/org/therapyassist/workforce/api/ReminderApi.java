package org.therapyassist.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.workforce.Reminders;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Reminders", description = "Daily reminders: competencies expiring, supervision due, inductions behind")
class ReminderApi {

    private final Reminders reminders;

    ReminderApi(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/api/v1/reminders/mine")
    @Operation(summary = "My open reminders, about my own work or my team's, soonest due first")
    List<Reminders.Reminder> mine(CurrentUser me) {
        return reminders.openFor(me.organisationId(), me.staffId());
    }

    @Performs(Command.DISMISS_REMINDER)
    @PostMapping("/api/v1/reminders/{id}/dismiss")
    @Operation(summary = "Dismiss one of my reminders (409 if already dismissed)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> dismiss(CurrentUser me, @PathVariable UUID id) {
        reminders.dismiss(me, id);
        return ResponseEntity.noContent().build();
    }
}
