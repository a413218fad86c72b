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
import org.hl7.fhir.r4.model.PractitionerRole;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;

/**
 * PractitionerRole read and search by practitioner: the posts of the user's own organisation's staff (one each, with
 * the member of staff's id). As for Practitioner, staff details are not patient data: no patient check or audit.
 */
@Component
public class PractitionerRoleProvider implements IResourceProvider {

    private final StaffDirectory directory;
    private final StaffLookup lookup;

    PractitionerRoleProvider(StaffDirectory directory, StaffLookup lookup) {
        this.directory = directory;
        this.lookup = lookup;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Read
    public PractitionerRole read(@IdParam IdType id) {
        UUID staffId = ResourceIds.parse(id, "PractitionerRole");
        return role(FhirUsers.current(), staffId).orElseThrow(() -> FhirRefusals.notFound(
                "There is no PractitionerRole with the id '" + id.getIdPart() + "'."));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        if (practitioner == null) {
            throw FhirRefusals.invalid("Search practitioner roles by practitioner (Practitioner/id).");
        }
        if (practitioner.getMissing() != null
                || (practitioner.getChain() != null && !practitioner.getChain().isBlank())) {
            throw FhirRefusals.invalid("Chains and modifiers of 'practitioner' are not supported.");
        }
        if (practitioner.getResourceType() != null && !"Practitioner".equals(practitioner.getResourceType())) {
            throw FhirRefusals.invalid("'practitioner' refers to a Practitioner.");
        }
        if (practitioner.getIdPart() == null || practitioner.getIdPart().isBlank()) {
            throw FhirRefusals.invalid("Give a value for 'practitioner' (Practitioner/id).");
        }
        UUID staffId = ResourceIds.uuidOrNull(practitioner.getIdPart());
        if (staffId == null) {
            return page.answer(List.of(), 0);
        }
        return page.slice(role(FhirUsers.current(), staffId).stream().toList(), "practitioner roles");
    }

    private Optional<PractitionerRole> role(CurrentUser user, UUID staffId) {
        Optional<StaffMember> staff = directory.find(user.organisationId(), staffId);
        return staff.map(s -> PractitionerRoleResources.of(s,
                directory.findEnabled(user.organisationId(), staffId).isPresent(),
                lookup.organisation(user.organisationId())));
    }
}
