package org.therapyassist.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;

/**
 * The patient a search by {@code patient=} names. It is opened as the REST API opens a patient before listing their
 * episodes or goals ({@link PatientRecords#open}: access check and {@code patient.view-record} audit); a patient the
 * user may not open (outside a support worker's caseload) or of another organisation is not opened and the search
 * finds nothing, as a Patient search finds nothing then.
 */
@Component
class PatientScope {

    private final PatientAccess access;
    private final PatientRecords records;

    PatientScope(PatientAccess access, PatientRecords records) {
        this.access = access;
        this.records = records;
    }

    /** The patient of a search that may name them by {@code patient} or {@code subject} (not both). */
    static ReferenceParam either(ReferenceParam patient, ReferenceParam subject) {
        if (patient != null && subject != null) {
            throw FhirRefusals.invalid("Search by 'patient' or by 'subject', not both.");
        }
        return patient != null ? patient : subject;
    }

    Optional<UUID> open(CurrentUser user, ReferenceParam patient, String name) {
        if (patient == null) {
            throw FhirRefusals.invalid("Search by '" + name + "' (Patient/id).");
        }
        if (patient.getMissing() != null || (patient.getChain() != null && !patient.getChain().isBlank())) {
            throw FhirRefusals.invalid("Chains and modifiers of '" + name + "' are not supported: give Patient/id.");
        }
        if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
            throw FhirRefusals.invalid("'" + name + "' refers to a Patient.");
        }
        String idPart = patient.getIdPart();
        if (idPart == null || idPart.isBlank()) {
            throw FhirRefusals.invalid("Give a value for '" + name + "' (Patient/id).");
        }
        UUID patientId = ResourceIds.uuidOrNull(idPart);
        if (patientId == null || !access.visibleAmong(user, List.of(patientId)).contains(patientId)) {
            return Optional.empty();
        }
        try {
            records.open(user, patientId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(patientId);
    }
}
