package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;

/**
 * Practitioner read and search: the staff of the user's own organisation. A read finds anyone who worked there (a
 * record may name someone who has left); a search finds staff in post. Staff names are not patient data, so there is
 * no patient access check or audit here.
 */
@Component
public class PractitionerProvider implements IResourceProvider {

    private final StaffDirectory directory;
    private final StaffLookup lookup;

    PractitionerProvider(StaffDirectory directory, StaffLookup lookup) {
        this.directory = directory;
        this.lookup = lookup;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        CurrentUser user = FhirUsers.current();
        return directory.find(user.organisationId(), ResourceIds.parse(id, "Practitioner"))
                .map(PractitionerResources::of)
                .orElseThrow(() -> FhirRefusals.notFound("There is no Practitioner with the id '" + id.getIdPart()
                        + "'."));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Practitioner.SP_NAME) StringParam name,
            @OptionalParam(name = Practitioner.SP_FAMILY) StringParam family,
            @OptionalParam(name = Practitioner.SP_GIVEN) StringParam given, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        var hcpc = SearchParameters.token(identifier, Practitioner.SP_IDENTIFIER, UkCore.HCPC_NUMBER);
        if (hcpc != null && hcpc.knownSystem() && !StaffMember.validHcpcNumber(hcpc.value().toUpperCase(Locale.UK))) {
            throw FhirRefusals.invalid("'" + hcpc.value() + "' is not an HCPC number of a physiotherapist or "
                    + "occupational therapist: PH or OT and six digits.");
        }
        String anyName = SearchParameters.prefix(name, Practitioner.SP_NAME);
        String familyName = SearchParameters.prefix(family, Practitioner.SP_FAMILY);
        String givenName = SearchParameters.prefix(given, Practitioner.SP_GIVEN);
        if (hcpc == null && anyName == null && familyName == null && givenName == null) {
            throw FhirRefusals.invalid("Search practitioners by identifier (HCPC number), name, family or given.");
        }
        if (hcpc != null && !hcpc.knownSystem()) {
            return page.answer(List.of(), 0);
        }
        List<StaffMember> found = lookup.matching(FhirUsers.current().organisationId(),
                hcpc == null ? null : hcpc.value(), anyName, familyName, givenName, UkCore.MAX_RESULTS);
        if (found.size() > UkCore.MAX_RESULTS) {
            throw FhirRefusals.tooMany("practitioners");
        }
        return page.slice(found.stream().map(PractitionerResources::of).toList(), "practitioners");
    }
}
