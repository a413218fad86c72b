package org.therapyassist.patients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.CurrentUser;

/**
 * Patients matching a structured query (NHS number, name parts, birth dates), for other systems. As with
 * {@link PatientRecords#search}, only patients the user may open are returned, and each one returned is audited as a
 * search result; the others are not mentioned at all.
 */
@Service
public class PatientIndex {

    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final PatientAccess access;

    PatientIndex(JdbcClient jdbc, PatientAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * Up to {@code limit} matches in name order; or, when more than that many patients the user may see match,
     * {@code tooMany} and no patients (nothing shown, so nothing audited): the caller asks for a narrower search.
     */
    public record Matches(List<Patient> patients, boolean tooMany) {

        public Matches {
            patients = List.copyOf(patients);
        }
    }

    @Transactional
    public Matches find(CurrentUser user, PatientQuery query, int limit) {
        StringBuilder where = new StringBuilder("organisation_id = :org");
        var params = new HashMap<String, Object>();
        params.put("org", user.organisationId());
        if (query.nhsNumber() != null) {
            where.append(" and nhs_number = :nhs");
            params.put("nhs", query.nhsNumber().value());
        }
        if (!PatientQuery.blank(query.name())) {
            where.append(" and (lower(family_name) like :name or lower(given_name) like :name)");
            params.put("name", prefix(query.name()));
        }
        if (!PatientQuery.blank(query.family())) {
            where.append(" and lower(family_name) like :family");
            params.put("family", prefix(query.family()));
        }
        if (!PatientQuery.blank(query.given())) {
            where.append(" and lower(given_name) like :given");
            params.put("given", prefix(query.given()));
        }
        if (query.bornFrom() != null) {
            where.append(" and date_of_birth >= :bornFrom");
            params.put("bornFrom", query.bornFrom());
        }
        if (query.bornTo() != null) {
            where.append(" and date_of_birth <= :bornTo");
            params.put("bornTo", query.bornTo());
        }
        // Visibility is the access module's decision, so matches are read a batch at a time until enough are visible.
        List<Patient> shown = new ArrayList<>();
        boolean more = false;
        for (int offset = 0; !more; offset += BATCH) {
            List<Patient> batch = jdbc.sql("select * from patient where " + where
                    + " order by family_name, given_name, id limit :batch offset :offset")
                    .params(params).param("batch", BATCH).param("offset", offset)
                    .query(PatientRecords::map).list();
            Set<UUID> visible = access.visibleAmong(user, batch.stream().map(Patient::id).toList());
            for (Patient p : batch) {
                if (visible.contains(p.id())) {
                    if (shown.size() == limit) {
                        more = true;
                        break;
                    }
                    shown.add(p);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (more) {
            return new Matches(List.of(), true);
        }
        access.checkAll(user, shown.stream().map(Patient::id).toList(), PatientAction.SEARCH_RESULT);
        return new Matches(shown, false);
    }

    private static String prefix(String text) {
        return text.strip().toLowerCase(Locale.UK).replaceAll("[%_\\\\]", "") + "%";
    }
}
