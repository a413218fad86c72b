package org.therapyassist.careplans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open episodes read for caseload lists (the caseload module), by team, lead, patients, setting and category. */
@Service
public class OpenEpisodes {

    private final JdbcClient jdbc;

    OpenEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open episode as a caseload list shows it: who, where, what kind, whose, since when. */
    public record CaseloadEpisode(UUID episodeId, UUID patientId, UUID teamId, UUID leadTherapistId,
            ConditionCategory category, CareSetting setting, String location, LocalDate openedOn) {
    }

    /**
     * Which open episodes a caseload list asks for; null means "any". {@code patientIds}, when given, narrows to those
     * patients (a support worker's own, from their delegations).
     */
    public record OpenEpisodeFilter(UUID teamId, UUID leadTherapistId, Collection<UUID> patientIds,
            CareSetting setting, ConditionCategory category) {
    }

    /**
     * Open episodes matching the filter, newest first, at most {@code max} (ask for one more than you show to know
     * whether there were more). Access is the caller's to check; nothing here is audited.
     */
    @Transactional(readOnly = true)
    public List<CaseloadEpisode> openEpisodes(UUID organisationId, OpenEpisodeFilter filter, int max) {
        StringBuilder where = new StringBuilder("organisation_id = :org and status = 'OPEN'");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        if (filter.teamId() != null) {
            where.append(" and team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.leadTherapistId() != null) {
            where.append(" and lead_therapist_id = :lead");
            params.put("lead", filter.leadTherapistId());
        }
        if (filter.patientIds() != null) {
            if (filter.patientIds().isEmpty()) {
                return List.of();
            }
            where.append(" and patient_id in (:patients)");
            params.put("patients", List.copyOf(filter.patientIds()));
        }
        if (filter.setting() != null) {
            where.append(" and setting = :setting");
            params.put("setting", filter.setting().name());
        }
        if (filter.category() != null) {
            where.append(" and condition_category = :category");
            params.put("category", filter.category().name());
        }
        return jdbc.sql("select id, patient_id, team_id, lead_therapist_id, condition_category, setting, location, "
                + "opened_on from episode where " + where + " order by opened_on desc, id limit :max")
                .params(params).param("max", max)
                .query((rs, n) -> new CaseloadEpisode(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        ConditionCategory.valueOf(rs.getString(5)), CareSetting.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
    }
}
