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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.staff.StaffLookup;

/**
 * ServiceRequest (a referral in) read and search. A read is {@link Referrals#open} (the REST API's
 * {@code /api/v1/referrals/{id}}: 404 outside the organisation, access check and audit, 403 outside the caseload); a
 * search by patient opens the patient as the REST API does ({@link PatientScope}). Read and search only: creating a
 * ServiceRequest (into triage) is its own interaction.
 */
@Component
public class ServiceRequestProvider implements IResourceProvider {

    private final Referrals referrals;
    private final PatientScope scope;
    private final StaffLookup lookup;

    ServiceRequestProvider(Referrals referrals, PatientScope scope, StaffLookup lookup) {
        this.referrals = referrals;
        this.scope = scope;
        this.lookup = lookup;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return read(ResourceIds.parse(id, "ServiceRequest"));
    }

    private ServiceRequest read(UUID id) {
        CurrentUser user = FhirUsers.current();
        return ServiceRequestResources.of(referrals.open(user, id), lookup.organisation(user.organisationId()));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = ServiceRequest.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (id != null) {
            return page.slice(IdSearch.find(id, this::read, patient, subject), "service requests");
        }
        CurrentUser user = FhirUsers.current();
        Optional<UUID> opened = scope.open(user, PatientScope.either(patient, subject), ServiceRequest.SP_PATIENT);
        if (opened.isEmpty()) {
            return page.answer(List.of(), 0);
        }
        Page<Referral> found = referrals.forPatient(user.organisationId(), opened.get(), page.request());
        var organisation = lookup.organisation(user.organisationId());
        return page.answer(found.items().stream().map(r -> ServiceRequestResources.of(r, organisation)).toList(),
                found.total());
    }
}
