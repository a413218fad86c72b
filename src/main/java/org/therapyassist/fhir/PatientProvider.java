package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.patients.PatientIndex;
import org.therapyassist.patients.PatientQuery;
import org.therapyassist.patients.PatientRecords;

/**
 * Patient read and search. A read opens the record as the REST API does ({@link PatientRecords#open}: access check,
 * audit, 403 outside the caseload); a search returns only patients the user may open, each audited as a search result.
 * Public, with public methods, because HAPI calls them by reflection.
 */
@Component
public class PatientProvider implements IResourceProvider {

    private final PatientRecords records;
    private final PatientIndex index;

    PatientProvider(PatientRecords records, PatientIndex index) {
        this.records = records;
        this.index = index;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        UUID patientId = ResourceIds.parse(id, "Patient");
        return PatientResources.of(records.open(FhirUsers.current(), patientId));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Patient.SP_NAME) StringParam name,
            @OptionalParam(name = Patient.SP_FAMILY) StringParam family,
            @OptionalParam(name = Patient.SP_GIVEN) StringParam given,
            @OptionalParam(name = Patient.SP_BIRTHDATE) DateRangeParam birthdate, @Count Integer count,
            @Offset Integer offset) {
        SearchPage page = SearchPage.of(count, offset);
        SearchParameters.Token nhs = SearchParameters.token(identifier, Patient.SP_IDENTIFIER, UkCore.NHS_NUMBER);
        if (nhs != null && nhs.knownSystem() && !NhsNumber.isValid(nhs.value())) {
            throw FhirRefusals.invalid("'" + nhs.value() + "' is not a valid NHS number: ten digits with a correct "
                    + "check digit.");
        }
        var born = SearchParameters.dates(birthdate, Patient.SP_BIRTHDATE);
        var query = new PatientQuery(nhs == null || !nhs.knownSystem() ? null : NhsNumber.of(nhs.value()),
                SearchParameters.prefix(name, Patient.SP_NAME), SearchParameters.prefix(family, Patient.SP_FAMILY),
                SearchParameters.prefix(given, Patient.SP_GIVEN), born == null ? null : born.from(),
                born == null ? null : born.to());
        if (query.isEmpty() && nhs == null) {
            throw FhirRefusals.invalid("Search patients by identifier (NHS number), name, family, given or birthdate.");
        }
        if ((nhs != null && !nhs.knownSystem()) || (born != null && born.isEmpty())) {
            return page.answer(List.of(), 0);
        }
        var matches = index.find(FhirUsers.current(), query, UkCore.MAX_RESULTS);
        if (matches.tooMany()) {
            throw FhirRefusals.tooMany("patients");
        }
        return page.slice(matches.patients().stream().map(PatientResources::of).toList(), "patients");
    }
}
