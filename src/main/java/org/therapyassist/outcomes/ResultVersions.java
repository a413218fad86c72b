package org.therapyassist.outcomes;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;

/**
 * Where a measure result stands among its corrections, for readers outside the module (the FHIR server): a page of a
 * patient's current results, and the correction that replaced a result, if one did, so a replaced result is never
 * shown as if it stood. Callers check and audit access to the patient ({@link MeasureResults#open} for one result).
 */
@Service
public class ResultVersions {

    private final JdbcClient jdbc;
    private final MeasureResultQueries queries;

    ResultVersions(JdbcClient jdbc, MeasureResultQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** A patient's current results (replaced ones left out), oldest first, a page at a time; access already checked. */
    @Transactional(readOnly = true)
    public Page<MeasureResult> currentOf(UUID organisationId, UUID patientId, PageRequest page) {
        return queries.page(page, "r.organisation_id = ? and r.patient_id = ?" + MeasureResultQueries.CURRENT,
                "r.effective_on, r.recorded_at, r.id", organisationId, patientId);
    }

    /** The correction that replaced this result, if one did. */
    @Transactional(readOnly = true)
    public Optional<UUID> replacementOf(UUID organisationId, UUID resultId) {
        return jdbc.sql("select n.id from measure_result n where n.organisation_id = ? and n.replaces_id = ?")
                .params(organisationId, resultId).query(UUID.class).optional();
    }
}
