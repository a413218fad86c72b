package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.outcomes.ResultVersions;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;

/**
 * Observation (a measure result) read and search by patient. A read is {@link MeasureResults#open} (the REST API's
 * {@code /api/v1/measure-results/{id}}: 404 outside the organisation, access check and audit, 403 outside the
 * caseload), including a result a correction replaced (entered-in-error, pointing to its correction); a search opens
 * the patient ({@link PatientScope}) and lists the results that stand now, oldest first, a page at a time, optionally
 * only some measures ({@code code}, this service's measure codes) and a span of days ({@code date}, see
 * {@link ObservationFilters}).
 */
@Component
public class ObservationProvider implements IResourceProvider {

    private final MeasureResults results;
    private final ResultVersions versions;
    private final PatientScope scope;

    ObservationProvider(MeasureResults results, ResultVersions versions, PatientScope scope) {
        this.results = results;
        this.versions = versions;
        this.scope = scope;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "Observation"));
    }

    private Observation read(UUID id) {
        CurrentUser user = FhirUsers.current();
        MeasureResult result = results.open(user, id);
        return ObservationResources.of(result, versions.replacementOf(user.organisationId(), id).orElse(null));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Observation.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id,
            @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
            @OptionalParam(name = Observation.SP_DATE) DateRangeParam date, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            if (code != null || date != null) {
                throw FhirRefusals.invalid("Search by '_id' alone, or by patient with 'code' and 'date'.");
            }
            return page.slice(IdSearch.find(id, this::read, patient, subject), "observations");
        }
        ResultVersions.Filter filter = ObservationFilters.of(code, date);
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, PatientScope.either(patient, subject), Observation.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        Page<MeasureResult> found = versions.currentOf(user.organisationId(), opened.get(), filter, page.request());
        return page.answer(found.items().stream().map(r -> ObservationResources.of(r, null)).toList(),
                found.total());
    }
}
