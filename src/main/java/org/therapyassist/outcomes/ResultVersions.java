package org.therapyassist.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Which of a patient's results a reader wants: these measures only (null for any; empty for none, as when a search
     * names a code system this service does not use), taken on or after {@code from} and on or before {@code to} (null
     * for open).
     */
    public record Filter(Set<String> measureKeys, LocalDate from, LocalDate to) {

        public static final Filter ANY = new Filter(null, null, null);

        public Filter {
            measureKeys = measureKeys == null ? null : Set.copyOf(measureKeys);
        }
    }

    /** A patient's current results (replaced ones left out), oldest first, a page at a time; access already checked. */
    @Transactional(readOnly = true)
    public Page<MeasureResult> currentOf(UUID organisationId, UUID patientId, PageRequest page) {
        return currentOf(organisationId, patientId, Filter.ANY, page);
    }

    /** The same, only the results the filter lets through. */
    @Transactional(readOnly = true)
    public Page<MeasureResult> currentOf(UUID organisationId, UUID patientId, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("r.organisation_id = ? and r.patient_id = ?");
        List<Object> params = new ArrayList<>(List.of(organisationId, patientId));
        if (filter.measureKeys() != null) {
            if (filter.measureKeys().isEmpty()) {
                return page.of(0, List::of);
            }
            List<String> keys = filter.measureKeys().stream().sorted().toList();
            where.append(" and r.measure_key in (").append(String.join(", ", Collections.nCopies(keys.size(), "?")))
                    .append(")");
            params.addAll(keys);
        }
        if (filter.from() != null) {
            where.append(" and r.effective_on >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" and r.effective_on <= ?");
            params.add(filter.to());
        }
        return queries.page(page, where + MeasureResultQueries.CURRENT, "r.effective_on, r.recorded_at, r.id",
                params.toArray());
    }

    /** The correction that replaced this result, if one did. */
    @Transactional(readOnly = true)
    public Optional<UUID> replacementOf(UUID organisationId, UUID resultId) {
        return jdbc.sql("select n.id from measure_result n where n.organisation_id = ? and n.replaces_id = ?")
                .params(organisationId, resultId).query(UUID.class).optional();
    }
}
