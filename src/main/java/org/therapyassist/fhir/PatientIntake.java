package org.therapyassist.fhir;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.validation.Validator;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;
import org.therapyassist.fhir.ConditionalCreates.Criteria;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.patients.PatientIndex;
import org.therapyassist.patients.PatientQuery;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * Patient create, for an EPR sending the patients it refers. A patient is added as in the app
 * ({@link PatientRecords#register}: who may, the same checks, the audit); with {@code If-None-Exist:
 * identifier=https://fhir.nhs.uk/Id/nhs-number|n} a patient already registered with that NHS number is returned (200)
 * instead of added again, so a retry never makes a second. Without it, an NHS number already registered is a 409.
 * Matching is on the exact NHS number only, and a match whose date of birth differs is refused (422): the number may
 * have been mistyped into another valid one. Public, with public methods, because HAPI calls them by reflection.
 */
@Component
public class PatientIntake implements IResourceProvider {

    private final PatientRecords records;
    private final PatientIndex index;
    private final CommandGuard guard;
    private final Validator validator;

    PatientIntake(PatientRecords records, PatientIndex index, CommandGuard guard, Validator validator) {
        this.records = records;
        this.index = index;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Patient resource, @ConditionalUrlParam String conditionalUrl) {
        CurrentUser user = FhirUsers.current();
        guard.check(user, Command.REGISTER_PATIENT);
        Criteria criteria = ConditionalCreates.parse(conditionalUrl);
        if (criteria != null && criteria.system() != null && !UkCore.NHS_NUMBER.equals(criteria.system())) {
            throw FhirRefusals.invalid("A Patient is matched on its NHS number: identifier=" + UkCore.NHS_NUMBER
                    + "|n.");
        }
        if (criteria != null && !NhsNumber.isValid(criteria.value())) {
            throw FhirRefusals.invalid("'" + criteria.value() + "' in If-None-Exist is not a valid NHS number.");
        }
        NewPatient patient = NewPatients.from(resource, validator);
        NhsNumber nhs = NhsNumber.of(patient.nhsNumber());
        if (criteria == null) {
            return created(records.register(user, patient));
        }
        if (!NhsNumber.of(criteria.value()).equals(nhs)) {
            throw ConditionalCreates.notInBody(criteria, "Patient");
        }
        return ConditionalCreates.once(() -> registered(user, patient),
                () -> created(records.register(user, patient)), PatientRecords.DUPLICATE_NHS_NUMBER);
    }

    /** The patient already registered with this NHS number, as a 200, or null when there is none. */
    private MethodOutcome registered(CurrentUser user, NewPatient patient) {
        var query = new PatientQuery(NhsNumber.of(patient.nhsNumber()), null, null, null, null, null);
        var matches = index.find(user, query, 1);
        if (matches.tooMany()) {
            throw ConditionalCreates.tooMany("patients");
        }
        List<org.therapyassist.patients.Patient> found = matches.patients();
        if (found.isEmpty()) {
            return null;
        }
        var match = found.getFirst();
        if (!match.dateOfBirth().equals(patient.dateOfBirth())) {
            throw FhirRefusals.refused(422, IssueType.BUSINESSRULE, "NHS number " + match.nhsNumber().formatted()
                    + " belongs to a patient with another date of birth. Check the NHS number: nothing was saved.");
        }
        return ConditionalCreates.answer("Patient", match.id(), PatientResources.of(match), false);
    }

    private static MethodOutcome created(org.therapyassist.patients.Patient patient) {
        return ConditionalCreates.answer("Patient", patient.id(), PatientResources.of(patient), true);
    }
}
