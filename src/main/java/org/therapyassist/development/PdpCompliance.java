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
import org.therapyassist.platform.PagedQuery;
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
        LocalDate today = Time.today(clock);
        return jdbc.sql("select count(*) from staff_member w "
                + "left join (select staff_id, max(reviewed_on) as last_review from pdp_review where organisation_id = ? "
                + "group by staff_id) lr on lr.staff_id = w.id "
                + "left join (select staff_id, min(review_date) as next_review from pdp_objective where organisation_id = ? "
                + "and status in ('NOT_STARTED', 'IN_PROGRESS') and review_date is not null group by staff_id) nr "
                + "on nr.staff_id = w.id where w.organisation_id = ? and w.enabled = true and w.job_role in "
                + StaffDirectory.SUPPORT_ROLES
                + " and (lr.last_review is null or lr.last_review < ? or nr.next_review < ?)")
                .params(organisationId, organisationId, organisationId, today.minusMonths(MONTHS_BETWEEN_REVIEWS),
                        today)
                .query(Long.class).single();
    }

    /** Every support worker of the organisation, those needing a review first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Standing> standings(UUID organisationId, PageRequest page) {
        LocalDate today = Time.today(clock);
        return PagedQuery.of(jdbc, page,
                "select w.id, w.given_name || ' ' || w.family_name, t.name, lr.last_review, nr.next_review",
                "from staff_member w left join team t on t.id = w.team_id "
                        + "left join (select staff_id, max(reviewed_on) as last_review from pdp_review where organisation_id = ? "
                        + "group by staff_id) lr on lr.staff_id = w.id "
                        + "left join (select staff_id, min(review_date) as next_review from pdp_objective where organisation_id = ? "
                        + "and status in ('NOT_STARTED', 'IN_PROGRESS') and review_date is not null group by staff_id) nr "
                        + "on nr.staff_id = w.id "
                        + "cross join (select cast(? as date) as today, cast(? as date) as year_ago) d "
                        + "where w.organisation_id = ? and w.enabled = true and w.job_role in "
                        + StaffDirectory.SUPPORT_ROLES,
                "case when lr.last_review is null or lr.last_review < d.year_ago or nr.next_review < d.today then 0 else 1 end, "
                        + "w.given_name, w.family_name, w.id",
                (rs, n) -> {
                    LocalDate last = rs.getObject(4, LocalDate.class);
                    LocalDate next = rs.getObject(5, LocalDate.class);
                    return new Standing(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), last, next,
                            last == null || last.isBefore(today.minusMonths(MONTHS_BETWEEN_REVIEWS)),
                            next != null && next.isBefore(today));
                },
                organisationId, organisationId, today, today.minusMonths(MONTHS_BETWEEN_REVIEWS), organisationId);
    }

    /** Every support worker of the organisation, those needing a review first. */
    @Transactional(readOnly = true)
    public List<Standing> standings(UUID organisationId) {
        LocalDate today = Time.today(clock);
        Map<UUID, LocalDate> lastReview = new HashMap<>();
        jdbc.sql("select staff_id, max(reviewed_on) from pdp_review where organisation_id = ? group by staff_id")
                .param(organisationId).query(rs -> {
                    lastReview.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        Map<UUID, LocalDate> nextReview = new HashMap<>();
        jdbc.sql("select staff_id, min(review_date) from pdp_objective where organisation_id = ? "
                + "and status in ('NOT_STARTED', 'IN_PROGRESS') and review_date is not null group by staff_id")
                .param(organisationId).query(rs -> {
                    nextReview.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return staff.supportWorkers(organisationId).stream()
                .map(w -> standing(w, lastReview.get(w.id()), nextReview.get(w.id()), today))
                .sorted(Comparator.comparing((Standing s) -> !(s.overdue() || s.noReviewInYear()))
                        .thenComparing(Standing::name))
                .toList();
    }

    static Standing standing(StaffMember w, LocalDate last, LocalDate next, LocalDate today) {
        boolean noReviewInYear = last == null || last.isBefore(today.minusMonths(MONTHS_BETWEEN_REVIEWS));
        boolean overdue = next != null && next.isBefore(today);
        return new Standing(w.id(), w.displayName(), w.teamName(), last, next, noReviewInYear, overdue);
    }
}
