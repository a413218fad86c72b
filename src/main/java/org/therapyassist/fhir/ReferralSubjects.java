package org.therapyassist.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientIndex;
import org.therapyassist.patients.PatientQuery;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffDirectory;

/**
 * Who and which team a ServiceRequest sent to the server is about. The patient is named by id ({@code Patient/id}:
 * unknown here, or of another organisation, is a 404 as a read is) or by NHS number (a logical reference: no patient
 * here with that exact number is a 422, send the Patient first). Never by name or date of birth. When a request gives
 * both, they must be the same patient.
 */
@Component
class ReferralSubjects {

    private final PatientRecords records;
    private final PatientIndex index;
    private final StaffDirectory staff;

    ReferralSubjects(PatientRecords records, PatientIndex index, StaffDirectory staff) {
        this.records = records;
        this.index = index;
        this.staff = staff;
    }

    UUID patient(CurrentUser user, Reference subject) {
        Identifier identifier = subject.hasIdentifier() ? subject.getIdentifier() : null;
        if (identifier != null && (!UkCore.NHS_NUMBER.equals(identifier.getSystem())
                || !NhsNumber.isValid(identifier.getValue()))) {
            throw FhirRefusals.unprocessable("ServiceRequest.subject.identifier", "Identify the patient by NHS number: "
                    + "system " + UkCore.NHS_NUMBER + ", ten digits with a correct check digit.");
        }
        if (subject.hasReference()) {
            IdType id = new IdType(subject.getReference());
            if (id.isLocal() || !"Patient".equals(id.getResourceType())) {
                throw FhirRefusals.unprocessable("ServiceRequest.subject", "The subject is a Patient: Patient/id.");
            }
            Patient patient = records.require(user.organisationId(), ResourceIds.parse(id, "Patient"));
            if (identifier != null && !patient.nhsNumber().equals(NhsNumber.of(identifier.getValue()))) {
                throw FhirRefusals.unprocessable("ServiceRequest.subject", "Patient/" + patient.id()
                        + " does not have the NHS number the reference gives. Nothing was saved.");
            }
            return patient.id();
        }
        if (identifier == null) {
            throw FhirRefusals.unprocessable("ServiceRequest.subject",
                    "Name the patient: Patient/id, or an identifier with the NHS number.");
        }
        NhsNumber nhs = NhsNumber.of(identifier.getValue());
        var found = index.find(user, new PatientQuery(nhs, null, null, null, null, null), 1).patients();
        if (found.isEmpty()) {
            throw FhirRefusals.unprocessable("ServiceRequest.subject.identifier", "There is no patient here with NHS "
                    + "number " + nhs.formatted() + ". Send the Patient first (a conditional create).");
        }
        return found.getFirst().id();
    }

    /** The team named as performer ({@code CareTeam/id}, a team of the organisation), else the sender's own. */
    UUID team(CurrentUser user, Reference performer) {
        if (performer == null) {
            if (user.teamId() == null) {
                throw FhirRefusals.unprocessable("ServiceRequest.performer", "Name the team the referral is for: "
                        + "performer CareTeam/id.");
            }
            return user.teamId();
        }
        UUID id = ResourceIds.uuidOrNull(performer.getReferenceElement().getIdPart());
        if (id == null || staff.teams(user.organisationId()).stream().noneMatch(t -> t.id().equals(id))) {
            throw FhirRefusals.unprocessable("ServiceRequest.performer",
                    "There is no team " + performer.getReference() + " in this service.");
        }
        return id;
    }
}
