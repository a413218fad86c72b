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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;

/**
 * Task (a delegation) read and search by patient. A read is {@link DelegationDesk#view} (the REST API's
 * {@code /api/v1/delegations/{id}}: 404 outside the organisation, access check and audit, 403 outside the caseload);
 * a search opens the patient as the REST API does ({@link PatientScope}) and lists their delegations.
 */
@Component
public class TaskProvider implements IResourceProvider {

    private final DelegationDesk desk;
    private final PatientScope scope;

    TaskProvider(DelegationDesk desk, PatientScope scope) {
        this.desk = desk;
        this.scope = scope;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task read(@IdParam IdType id) {
        return TaskResources.of(desk.view(FhirUsers.current(), ResourceIds.parse(id, "Task")));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, patient, Task.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        List<DelegationView> found = desk.newestForPatient(user.organisationId(), opened.get(),
                UkCore.MAX_RESULTS + 1);
        if (found.size() > UkCore.MAX_RESULTS) {
            throw FhirRefusals.tooMany("tasks");
        }
        return page.slice(found.stream().map(TaskResources::of).toList(), "tasks");
    }
}
