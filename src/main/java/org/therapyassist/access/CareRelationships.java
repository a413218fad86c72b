package org.therapyassist.access;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Told by care plans and delegation when a care relationship starts or ends, in the same transaction,
 * so access decisions never lag behind the work (a worker can open a patient the moment a delegation exists).
 */
@Service
public class CareRelationships {

    private final JdbcClient jdbc;

    CareRelationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team looks after the patient while the episode (the source) is open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void teamCaseload(UUID organisationId, UUID sourceId, UUID patientId, UUID teamId) {
        jdbc.sql("insert into care_relationship (organisation_id, patient_id, team_id, staff_id, source_id, active) "
                + "values (?, ?, ?, null, ?, true)")
                .params(organisationId, patientId, teamId, sourceId).update();
    }

    /** The worker looks after the patient while the delegation (the source) is open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delegatedTo(UUID organisationId, UUID sourceId, UUID patientId, UUID staffId) {
        jdbc.sql("insert into care_relationship (organisation_id, patient_id, team_id, staff_id, source_id, active) "
                + "values (?, ?, null, ?, ?, true)")
                .params(organisationId, patientId, staffId, sourceId).update();
    }

    /**
     * The worker looks after the patient for a visit (the source names the visit and the worker, one row each): made
     * active again when the same visit is published to them again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void visiting(UUID organisationId, UUID sourceId, UUID patientId, UUID staffId) {
        int updated = jdbc.sql("update care_relationship set active = true where organisation_id = ? and source_id = ? "
                + "and patient_id = ? and staff_id = ?").params(organisationId, sourceId, patientId, staffId).update();
        if (updated == 0) {
            delegatedTo(organisationId, sourceId, patientId, staffId);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void ended(UUID organisationId, UUID sourceId) {
        jdbc.sql("update care_relationship set active = false where organisation_id = ? and source_id = ?")
                .params(organisationId, sourceId).update();
    }
}
