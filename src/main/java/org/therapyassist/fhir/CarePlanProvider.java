package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.exercises.Programmes;
import org.therapyassist.platform.CurrentUser;

/**
 * CarePlan (an episode's exercise programme) read and search by patient. A read is {@link Programmes#programme} (the
 * REST API's programme read: 404 outside the organisation, access check and audit, 403 outside the caseload); a
 * search opens the patient ({@link PatientScope}) and lists the programme of each of their episodes, newest first.
 */
@Component
public class CarePlanProvider implements IResourceProvider {

    private final Programmes programmes;
    private final CarePlans carePlans;
    private final PatientScope scope;

    CarePlanProvider(Programmes programmes, CarePlans carePlans, PatientScope scope) {
        this.programmes = programmes;
        this.carePlans = carePlans;
        this.scope = scope;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "CarePlan"));
    }

    private CarePlan read(UUID episodeId) {
        CurrentUser user = FhirUsers.current();
        var lines = programmes.programme(user, episodeId);
        return CarePlanResources.of(carePlans.require(user.organisationId(), episodeId), lines);
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = CarePlan.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            return page.slice(IdSearch.find(id, this::read, patient, subject), "care plans");
        }
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, PatientScope.either(patient, subject), CarePlan.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        List<Episode> episodes = carePlans.episodesOf(user.organisationId(), opened.get());
        return page.answer(page.window(episodes, "care plans").stream()
                .map(e -> CarePlanResources.of(e, programmes.linesOf(user.organisationId(), e.id()))).toList(),
                episodes.size());
    }
}
