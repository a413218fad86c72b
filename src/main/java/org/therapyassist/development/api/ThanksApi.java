package org.therapyassist.development.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.therapyassist.development.Thanks;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;

@RestController
@Tag(name = "Thanks", description = "Thank a colleague for a specific piece of work")
class ThanksApi {

    private final Thanks thanks;
    private final StaffDirectory staff;

    ThanksApi(Thanks thanks, StaffDirectory staff) {
        this.thanks = thanks;
        this.staff = staff;
    }

    @Performs(Command.GIVE_THANKS)
    @PostMapping("/api/v1/staff/{id}/thanks")
    @Operation(summary = "Thank a colleague; 'about' names the work (for example a delegated task)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Thanks.Note> give(CurrentUser me, @PathVariable UUID id, @RequestBody Body body) {
        return ResponseEntity.status(201).body(thanks.give(me, id, body.about(), body.message()));
    }

    @GetMapping("/api/v1/staff/{id}/thanks")
    @Operation(summary = "Thanks a colleague has received, newest first")
    ResponseEntity<List<Thanks.Note>> received(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        staff.require(me.organisationId(), id);
        return PagedResponses.of(thanks.receivedBy(me.organisationId(), id, page));
    }

    @Schema(name = "NewThanks")
    record Body(@Schema(maxLength = 200, description = "The work it was for") String about,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String message) {
    }
}
