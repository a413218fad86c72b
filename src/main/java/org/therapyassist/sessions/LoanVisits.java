package org.therapyassist.sessions;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.equipment.VisitRecords;

/** Tells the equipment module whether a session record is a visit to the patient a loan is for. */
@Component
class LoanVisits implements VisitRecords {

    private final SessionRecordRepository repository;

    LoanVisits(SessionRecordRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean isVisitTo(UUID organisationId, UUID sessionRecordId, UUID patientId) {
        return !repository
                .list("r.organisation_id = ? and r.id = ? and r.patient_id = ?", organisationId, sessionRecordId,
                        patientId)
                .isEmpty();
    }
}
