package org.therapyassist.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.therapyassist.competence.Development.EvidenceKind;
import org.therapyassist.competence.Development.NewSelfAssessment;
import org.therapyassist.competence.Development.Rating;
import org.therapyassist.competence.Development.SelfAssessment;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;

/**
 * The self-assessments as stored: append-only, newest first, the latest per statement counting. {@link Development}
 * decides who may rate and what a rating must say; this only reads and appends.
 */
@Repository
class SelfAssessmentLog {

    private static final String COLUMNS = "select id, competency_code, rating, evidence_kind, evidence_note, "
            + "evidence_file_id, assessed_at";

    private final JdbcClient jdbc;

    SelfAssessmentLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; all statements when code is null. */
    List<SelfAssessment> of(UUID organisationId, UUID staffId, String code) {
        String sql = COLUMNS + " from competency_self_assessment where organisation_id = :org and staff_id = :staff "
                + (code == null ? "" : "and competency_code = :code ") + "order by assessed_at desc, id desc";
        var spec = jdbc.sql(sql).param("org", organisationId).param("staff", staffId);
        if (code != null) {
            spec = spec.param("code", code);
        }
        return spec.query(SelfAssessmentLog::map).list();
    }

    Page<SelfAssessment> page(UUID organisationId, UUID staffId, String code, PageRequest page) {
        return PagedQuery.of(jdbc, page, COLUMNS,
                "from competency_self_assessment where organisation_id = ? and staff_id = ? and competency_code = ?",
                "assessed_at desc, id desc", SelfAssessmentLog::map, organisationId, staffId, code);
    }

    SelfAssessment append(UUID organisationId, UUID staffId, String code, NewSelfAssessment command, Instant at) {
        String note = Text.blankToNull(command.evidenceNote());
        UUID id = Ids.newId();
        jdbc.sql("insert into competency_self_assessment (id, organisation_id, staff_id, competency_code, rating, "
                + "evidence_kind, evidence_note, evidence_file_id, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, staffId, code, command.rating().name(),
                        command.evidenceKind() == null ? null : command.evidenceKind().name(), note,
                        command.evidenceFileId(), Time.db(at))
                .update();
        return new SelfAssessment(id, code, command.rating(), command.evidenceKind(), note, command.evidenceFileId(),
                at);
    }

    private static SelfAssessment map(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("evidence_kind");
        return new SelfAssessment(rs.getObject("id", UUID.class), rs.getString("competency_code"),
                Rating.valueOf(rs.getString("rating")), kind == null ? null : EvidenceKind.valueOf(kind),
                rs.getString("evidence_note"), rs.getObject("evidence_file_id", UUID.class),
                Time.instant(rs.getObject("assessed_at", OffsetDateTime.class)));
    }
}
