package org.therapyassist.development.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.development.LearningTime;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Learning time", description = "Ring-fenced learning time: agreed hours, booked, taken and cancelled sessions")
class LearningTimeApi {

    private final LearningTime learning;

    LearningTimeApi(LearningTime learning) {
        this.learning = learning;
    }

    @GetMapping("/staff/{id}/learning-time")
    @Operation(summary = "The agreement in force, the last 6 months planned against taken and cancelled, and the sessions")
    LearningTime.Overview overview(CurrentUser me, @PathVariable UUID id) {
        return learning.overview(me, id);
    }

    @Performs(Command.AGREE_LEARNING_TIME)
    @PutMapping("/staff/{id}/learning-time")
    @Operation(summary = "Supervisor or lead: agree the hours per month (from agreedFrom, default the 1st of this month)")
    LearningTime.Agreement agree(CurrentUser me, @PathVariable UUID id, @RequestBody AgreementBody body) {
        return learning.agree(me, id, body.hoursPerMonth(), body.agreedFrom());
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/staff/{id}/learning-time/sessions")
    @Operation(summary = "Book a learning session")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LearningTime.Session> book(CurrentUser me, @PathVariable UUID id,
            @RequestBody LearningTime.NewSession body) {
        return ResponseEntity.status(201).body(learning.book(me, id, body));
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/learning-time/sessions/{id}/taken")
    @Operation(summary = "Mark a booked session taken (on or after its day); 409 if it is not booked or its day has not come")
    @ProblemResponses(409)
    LearningTime.Session taken(CurrentUser me, @PathVariable UUID id) {
        return learning.markTaken(me, id);
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/learning-time/sessions/{id}/cancel")
    @Operation(summary = "Cancel a booked session with the reason the protected time was lost; 409 if it is not booked")
    @ProblemResponses(409)
    LearningTime.Session cancel(CurrentUser me, @PathVariable UUID id, @RequestBody CancelBody body) {
        return learning.cancel(me, id, body == null ? null : body.reason());
    }

    @Schema(name = "LearningTimeAgreementRequest")
    record AgreementBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "80", example = "7.5") BigDecimal hoursPerMonth,
            @Schema(description = "The 1st of this month when not given") LocalDate agreedFrom) {
    }

    @Schema(name = "LearningSessionCancel")
    record CancelBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String reason) {
    }
}
