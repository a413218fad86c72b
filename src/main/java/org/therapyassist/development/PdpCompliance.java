package org.therapyassist.development;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** Who among the support workers has had no PDP review in the last 12 months, or is past their next review date. */
@Service
public class PdpCompliance {

    public static final int MONTHS_BETWEEN_REVIEWS = 12;

    @Schema(name = "PdpStanding")
    public record Standing(UUID staffId, String name, String team, LocalDate lastReviewedOn, LocalDate nextReviewOn,
            boolean noReviewInYear, boolean overdue) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    PdpCompliance(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /** How many support workers need a PDP review: none in 12 months, or past their review date. */
    @Transactional(readOnly = true)
    public long needingReviewCount(UUID organisationId) {
        return staff.supportWorkersOtherThan(organisationId, inStanding(organisationId, Time.today(clock)));
    }

    /** Every support worker of the organisation, those needing a review first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Standing> standings(UUID organisationId, PageRequest page) {
        LocalDate today = Time.today(clock);
        Page<StaffMember> people = staff.supportWorkers(organisationId, inStanding(organisationId, today),
                StaffDirectory.Order.GIVEN_NAME, page);
        List<UUID> ids = people.items().stream().map(StaffMember::id).toList();
        Map<UUID, LocalDate> lastReview = lastReviews(organisationId, ids);
        Map<UUID, LocalDate> nextReview = nextReviews(organisationId, ids);
        return people.map(w -> standing(w, lastReview.get(w.id()), nextReview.get(w.id()), today));
    }

    /** Every support worker of the organisation, those needing a review first. */
    @Transactional(readOnly = true)
    public List<Standing> standings(UUID organisationId) {
        LocalDate today = Time.today(clock);
        Map<UUID, LocalDate> lastReview = lastReviews(organisationId, null);
        Map<UUID, LocalDate> nextReview = nextReviews(organisationId, null);
        return staff.supportWorkers(organisationId).stream()
                .map(w -> standing(w, lastReview.get(w.id()), nextReview.get(w.id()), today))
                .sorted(Comparator.comparing((Standing s) -> !(s.overdue() || s.noReviewInYear()))
                        .thenComparing(Standing::name))
                .toList();
    }

    /** Who has had a review in the last 12 months and is not past their next review date (the others need one). */
    private List<UUID> inStanding(UUID organisationId, LocalDate today) {
        return jdbc.sql("select lr.staff_id from (select staff_id, max(reviewed_on) as last_review from pdp_review "
                + "where organisation_id = ? group by staff_id) lr "
                + "left join (select staff_id, min(review_date) as next_review from pdp_objective where organisation_id = ? "
                + "and status in ('NOT_STARTED', 'IN_PROGRESS') and review_date is not null group by staff_id) nr "
                + "on nr.staff_id = lr.staff_id where lr.last_review >= ? and (nr.next_review is null or nr.next_review >= ?)")
                .params(organisationId, organisationId, today.minusMonths(MONTHS_BETWEEN_REVIEWS), today)
                .query(UUID.class).list();
    }

    /** The last review of each person (of these, or everyone when null). */
    private Map<UUID, LocalDate> lastReviews(UUID organisationId, List<UUID> ids) {
        return dates("select staff_id, max(reviewed_on) from pdp_review where organisation_id = :org", organisationId,
                ids);
    }

    /** The earliest review date of each person's open objectives (of these, or everyone when null). */
    private Map<UUID, LocalDate> nextReviews(UUID organisationId, List<UUID> ids) {
        return dates("select staff_id, min(review_date) from pdp_objective where organisation_id = :org "
                + "and status in ('NOT_STARTED', 'IN_PROGRESS') and review_date is not null", organisationId, ids);
    }

    private Map<UUID, LocalDate> dates(String sql, UUID organisationId, List<UUID> ids) {
        Map<UUID, LocalDate> out = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return out;
        }
        var query = jdbc.sql(sql + (ids == null ? "" : " and staff_id in (:ids)") + " group by staff_id")
                .param("org", organisationId);
        (ids == null ? query : query.param("ids", ids)).query(rs -> {
            out.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
        });
        return out;
    }

    static Standing standing(StaffMember w, LocalDate last, LocalDate next, LocalDate today) {
        boolean noReviewInYear = last == null || last.isBefore(today.minusMonths(MONTHS_BETWEEN_REVIEWS));
        boolean overdue = next != null && next.isBefore(today);
        return new Standing(w.id(), w.displayName(), w.teamName(), last, next, noReviewInYear, overdue);
    }
}
