package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.careplans.GoalScaling.ScaledGoal;
import org.therapyassist.platform.CurrentUser;

/**
 * Goal read and search by patient. A read is {@link GoalScaling#open} (the REST API's {@code /api/v1/goals/{id}}:
 * 404 outside the organisation, access check and audit, 403 outside the caseload); a search opens the patient as the
 * REST API does ({@link PatientScope}) and lists their goals.
 */
@Component
public class GoalProvider implements IResourceProvider {

    private final GoalScaling goals;
    private final PatientScope scope;

    GoalProvider(GoalScaling goals, PatientScope scope) {
        this.goals = goals;
        this.scope = scope;
    }

    @Override
    public Class<Goal> getResourceType() {
        return Goal.class;
    }

    @Read
    public Goal read(@IdParam IdType id) {
        return GoalResources.of(goals.open(FhirUsers.current(), ResourceIds.parse(id, "Goal")));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Goal.SP_PATIENT) ReferenceParam patient, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, patient, Goal.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        List<ScaledGoal> found = goals.forPatient(user.organisationId(), opened.get());
        if (found.size() > UkCore.MAX_RESULTS) {
            throw FhirRefusals.tooMany("goals");
        }
        return page.slice(found.stream().map(GoalResources::of).toList(), "goals");
    }
}
