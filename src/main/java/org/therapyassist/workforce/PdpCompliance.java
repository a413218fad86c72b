package org.therapyassist.workforce;

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
import org.therapyassist.platform.Time;

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
                .sorted(Comparator.comparing((Standing s) -> !(s.overdue() || s.noReviewInYear())).thenComparing(Standing::name))
                .toList();
    }

    static Standing standing(StaffMember w, LocalDate last, LocalDate next, LocalDate today) {
        boolean noReviewInYear = last == null || last.isBefore(today.minusMonths(MONTHS_BETWEEN_REVIEWS));
        boolean overdue = next != null && next.isBefore(today);
        return new Standing(w.id(), w.displayName(), w.teamName(), last, next, noReviewInYear, overdue);
    }
}
