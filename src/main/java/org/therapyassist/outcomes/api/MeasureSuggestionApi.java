package org.therapyassist.outcomes.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.outcomes.MeasureSuggestionRules;
import org.therapyassist.outcomes.MeasureSuggestions;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Outcome measures")
class MeasureSuggestionApi {

    private final MeasureSuggestions suggestions;

    MeasureSuggestionApi(MeasureSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/v1/measure-suggestions")
    @BoundedList("one entry per condition category (five), each with at most " + MeasureSuggestionRules.MOST
            + " measures")
    @Operation(summary = "The measures suggested for each condition category: the service's choice, else the built-in "
            + "suggestions (Berg, TUG and 10 m walk for neurological; 6-minute walk and chair stand for cardiac and "
            + "respiratory; PSFS, pain and TUG for musculoskeletal)")
    List<MeasureSuggestions.Suggestion> all(CurrentUser me) {
        return suggestions.all(me.organisationId());
    }

    @Performs(Command.SET_MEASURE_SUGGESTIONS)
    @PutMapping("/api/v1/measure-suggestions/{category}")
    @Operation(summary = "Team lead: choose the measures suggested for one condition category (in order, at most "
            + "six; an empty list suggests none). 400 for a key that is not in GET /api/v1/measures")
    MeasureSuggestions.Suggestion change(CurrentUser me, @PathVariable ConditionCategory category,
            @Valid @RequestBody MeasureSuggestions.Change body) {
        return suggestions.change(me, category, body);
    }

    @GetMapping("/api/v1/patients/{patientId}/suggested-measures")
    @BoundedList("one entry per condition category of the patient's open episodes (at most five), each with at most "
            + MeasureSuggestionRules.MOST + " measures")
    @Operation(summary = "The measures suggested for a patient: one entry per category of their open episodes "
            + "(empty when none is open). Opening them is audited as reading their record")
    List<MeasureSuggestions.Suggestion> forPatient(CurrentUser me, @PathVariable UUID patientId) {
        return suggestions.forPatient(me, patientId);
    }
}
