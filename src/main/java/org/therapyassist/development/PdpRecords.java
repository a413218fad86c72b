package org.therapyassist.development;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.development.DevelopmentPlans.Objective;
import org.therapyassist.development.DevelopmentPlans.Review;
import org.therapyassist.development.DevelopmentPlans.Status;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Stage;
import org.therapyassist.staff.StaffNames;

/**
 * Reads PDP objectives with their reviews: the plan's own tables, then the competency titles from the competence
 * catalogue and the reviewers' and thankers' names from the staff directory, a fixed number of queries per list. Who
 * may read them is the caller's check ({@link DevelopmentPlans}).
 */
@Component
@Transactional(readOnly = true)
class PdpRecords {

    private final JdbcClient jdbc;
    private final CompetencyRegister competencies;
    private final StaffNames names;

    PdpRecords(JdbcClient jdbc, CompetencyRegister competencies, StaffNames names) {
        this.jdbc = jdbc;
        this.competencies = competencies;
        this.names = names;
    }

    /** A person's objectives in the order they were set, each with its reviews, a page at a time. */
    Page<Objective> of(UUID org, UUID staffId, PageRequest page) {
        Page<Objective> found = PagedQuery.of(jdbc, page, "select o.*",
                "from pdp_objective o where o.organisation_id = ? and o.staff_id = ?", "o.created_at, o.id",
                PdpRecords::objective, org, staffId);
        return new Page<>(complete(org, found.items()), found.page(), found.size(), found.hasMore(), found.total());
    }

    Optional<Objective> objective(UUID org, UUID objectiveId) {
        return complete(org, jdbc.sql("select o.* from pdp_objective o where o.organisation_id = ? and o.id = ?")
                .params(org, objectiveId).query(PdpRecords::objective).list()).stream().findFirst();
    }

    Review review(UUID org, UUID reviewId) {
        return reviews(org, "r.id = :id", Map.of("id", reviewId)).getFirst();
    }

    /** The objectives with their competency titles and reviews (only theirs), newest review first. */
    private List<Objective> complete(UUID org, List<Objective> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, String> titles = found.stream().anyMatch(o -> o.competencyCode() != null)
                ? competencies.catalogue()
                : Map.of();
        Map<UUID, List<Review>> byObjective = reviews(org, "r.objective_id in (:ids)",
                Map.of("ids", found.stream().map(Objective::id).toList()))
                .stream().collect(Collectors.groupingBy(Review::objectiveId));
        return found.stream().map(o -> new Objective(o.id(), o.staffId(), o.competencyCode(),
                o.competencyCode() == null ? null : titles.get(o.competencyCode()), o.targetStage(), o.objective(),
                o.actions(), o.targetDate(), o.reviewDate(), o.status(), o.version(),
                byObjective.getOrDefault(o.id(), List.of()))).toList();
    }

    private List<Review> reviews(UUID org, String where, Map<String, ?> params) {
        return names.complete(org, jdbc.sql("select r.*, t.message, t.from_staff_id from pdp_review r "
                + "left join thanks t on t.id = r.thanks_id where r.organisation_id = :org and " + where
                + " order by r.reviewed_on desc, r.id desc")
                .param("org", org).params(params).query(PdpRecords::review).list());
    }

    private static StaffNames.Awaiting<Review> review(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID objectiveId = rs.getObject("objective_id", UUID.class);
        LocalDate reviewedOn = rs.getObject("reviewed_on", LocalDate.class);
        UUID reviewerId = rs.getObject("reviewer_id", UUID.class);
        String note = rs.getString("note");
        LocalDate nextReviewOn = rs.getObject("next_review_on", LocalDate.class);
        UUID thanksId = rs.getObject("thanks_id", UUID.class);
        String message = rs.getString("message");
        UUID thanksFrom = rs.getObject("from_staff_id", UUID.class);
        return StaffNames.awaiting(found -> new Review(id, objectiveId, reviewedOn, found.person(reviewerId), note,
                nextReviewOn, thanksId, message, found.person(thanksFrom)), reviewerId, thanksFrom);
    }

    private static Objective objective(ResultSet rs, int n) throws SQLException {
        String stage = rs.getString("target_stage");
        return new Objective(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getString("competency_code"), null, stage == null ? null : Stage.valueOf(stage),
                rs.getString("objective"), rs.getString("actions"), rs.getObject("target_date", LocalDate.class),
                rs.getObject("review_date", LocalDate.class), Status.valueOf(rs.getString("status")),
                rs.getInt("version"), List.of());
    }
}
