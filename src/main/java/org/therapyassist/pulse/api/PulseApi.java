package org.therapyassist.pulse.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.pulse.Pulse;
import org.therapyassist.pulse.PulseAnswer;
import org.therapyassist.pulse.PulseResults;

@RestController
@Tag(name = "Pulse", description = "The anonymous monthly \"do you feel valued?\" pulse")
class PulseApi {

    private final Pulse pulse;

    PulseApi(Pulse pulse) {
        this.pulse = pulse;
    }

    @Performs(Command.ANSWER_PULSE)
    @PostMapping("/api/v1/pulse")
    @Operation(summary = "Answer this month's pulse (1–5 each); stored with team and month only, once a month")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> answer(CurrentUser me, @RequestBody PulseAnswer body) {
        pulse.answer(me, body.feelValued(), body.wouldRecommend(), body.thinkingOfLeaving());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/pulse")
    @Operation(summary = "Whether I have answered this month")
    PulseStatus status(CurrentUser me) {
        return new PulseStatus(pulse.answeredThisMonth(me));
    }

    @GetMapping("/api/v1/pulse/results")
    @Operation(summary = "Team lead: the last six released months by team and for the whole service", description = "A month is released on the second day of the next month and never changes after that; the "
            + "month still open is never shown. A group is shown only when it, and every difference between it "
            + "and the other groups shown, covers 5 or more people; otherwise it has no figures and says why "
            + "(hiddenBecause, reason). Counts are given in bands (answers).")
    PulseResults results(CurrentUser me) {
        return pulse.results(me);
    }

    record PulseStatus(boolean answeredThisMonth) {
    }
}
