package org.therapyassist.careplans;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;

/**
 * Goal Attainment Scaling on care-plan goals: the five levels are described when the goal is set (and not changed
 * afterwards, so a review cannot move the goalposts); reviews are appended, never edited. Shaped for FHIR Goal:
 * description, target (due date, detail = expected level), achievementStatus from the latest review.
 */
@Service
public class GoalScaling {

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final PatientAccess access;
    private final Clock clock;
    private final StaffDirectory staff;

    GoalScaling(JdbcClient jdbc, CarePlans carePlans, PatientAccess access, Clock clock, StaffDirectory staff) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.access = access;
        this.clock = clock;
    }

    @Schema(name = "GoalLevels")
    public record Levels(
            @NotNull(message = "{careplans.validation.weight.blank}") @Min(value = 1, message = "{careplans.validation.weight.range}") @Max(value = 10, message = "{careplans.validation.weight.range}") Integer weight,
            @NotBlank(message = "{careplans.validation.minus2.blank}") @Size(max = 300, message = "{careplans.validation.level.size}") String minus2,
            @NotBlank(message = "{careplans.validation.minus1.blank}") @Size(max = 300, message = "{careplans.validation.level.size}") String minus1,
            @NotBlank(message = "{careplans.validation.zero.blank}") @Size(max = 300, message = "{careplans.validation.level.size}") String zero,
            @NotBlank(message = "{careplans.validation.plus1.blank}") @Size(max = 300, message = "{careplans.validation.level.size}") String plus1,
            @NotBlank(message = "{careplans.validation.plus2.blank}") @Size(max = 300, message = "{careplans.validation.level.size}") String plus2,
            @NotNull(message = "{careplans.validation.baseline.blank}") @Min(value = -2, message = "{careplans.validation.baseline.range}") @Max(value = 2, message = "{careplans.validation.baseline.range}") Integer baseline) {

        public String describe(int level) {
            return switch (level) {
                case -2 -> minus2;
                case -1 -> minus1;
                case 0 -> zero;
                case 1 -> plus1;
                case 2 -> plus2;
                default -> throw new IllegalArgumentException("level " + level);
            };
        }
    }

    @Schema(name = "GoalReview")
    public record Review(
            @NotNull(message = "{careplans.validation.reviewed-on.blank}") @Label("{careplans.field.reviewed-on}") LocalDate reviewedOn,
            @NotNull(message = "{careplans.validation.level.blank}") @Min(value = -2, message = "{careplans.validation.level.range}") @Max(value = 2, message = "{careplans.validation.level.range}") Integer level,
            @Size(max = 1000, message = "{careplans.validation.note.size}") String note) {
    }

    @Schema(name = "GoalReviewLine")
    public record ReviewLine(UUID id, LocalDate reviewedOn, int level, String levelTitle, String note, UUID reviewedBy,
            String reviewedByName, Instant recordedAt) {
    }

    public record ScaledGoal(UUID goalId, UUID episodeId, UUID patientId, String description, LocalDate targetDate,
            @Schema(allowableValues = "ACTIVE") String status, Levels levels, List<ReviewLine> reviews) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public Integer latestLevel() {
            return reviews.isEmpty() ? null : reviews.getLast().level();
        }

        /** FHIR Goal.achievementStatus codes. */
        @com.fasterxml.jackson.annotation.JsonProperty
        @Schema(allowableValues = {"in-progress", "exceeded", "achieved", "not-achieved"})
        public String achievementStatus() {
            Integer l = latestLevel();
            if (l == null) {
                return "in-progress";
            }
            return l >= 1 ? "exceeded" : l == 0 ? "achieved" : "not-achieved";
        }
    }

    @Schema(name = "GoalAttainment")
    public record Attainment(UUID episodeId, BigDecimal tScore, int goalsScaled, int goalsReviewed) {
    }

    /** Adds a goal and, when levels are given, its scaling, in one transaction. */
    @Transactional
    public UUID addGoal(CurrentUser user, UUID episodeId, Commands.AddGoal goal, Levels levels) {
        Episode episode = carePlans.checkGoal(user, episodeId, goal);
        UUID id = carePlans.insertGoal(user, episode, goal);
        if (levels != null) {
            insertLevels(user, id, levels);
        }
        return id;
    }

    /** Describes the levels of a goal set without them; once described they are fixed. */
    @Transactional
    public ScaledGoal describe(CurrentUser user, UUID goalId, Levels levels) {
        requireRegistrant(user);
        GoalRow goal = requireGoal(user.organisationId(), goalId);
        insertLevels(user, goalId, levels);
        access.check(user, goal.patientId, PatientAction.ADD_GOAL, goal.episodeId);
        return require(user, goalId);
    }

    @Transactional
    public ScaledGoal review(CurrentUser user, UUID goalId, Review review) {
        requireRegistrant(user);
        GoalRow goal = requireGoal(user.organisationId(), goalId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (review.reviewedOn().isAfter(Time.today(clock))) {
            errors.put("reviewedOn", Messages.text("careplans.refusal.review-future"));
        } else if (review.reviewedOn().isBefore(goal.createdOn)) {
            errors.put("reviewedOn", Messages.text("careplans.refusal.review-before-goal"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Integer weight = jdbc.sql("select weight from goal_scaling where organisation_id = ? and goal_id = ?")
                .params(user.organisationId(), goalId).query(Integer.class).optional().orElse(null);
        if (weight == null) {
            throw new ConflictException("goal.not-scaled",
                    Messages.text("careplans.refusal.not-scaled"));
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into goal_review (id, organisation_id, goal_id, reviewed_on, attained_level, note, reviewed_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), goalId, review.reviewedOn(), review.level(),
                        Text.blankToNull(review.note()),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        access.check(user, goal.patientId, PatientAction.REVIEW_GOAL, goalId);
        return require(user, goalId);
    }

    /** One goal with its levels and reviews; checks and audits access to the patient. */
    @Transactional
    public ScaledGoal open(CurrentUser user, UUID goalId) {
        GoalRow goal = requireGoal(user.organisationId(), goalId);
        access.check(user, goal.patientId, PatientAction.VIEW_RECORD, goalId);
        return require(user, goalId);
    }

    /** A patient's goals with scaling and the attainment per episode, access checked and audited (for the API). */
    @Transactional
    public List<ScaledGoal> openForPatient(CurrentUser user, UUID patientId) {
        List<ScaledGoal> goals = forPatient(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, null);
        return goals;
    }

    /** A patient's goals with scaling, oldest first; the caller has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<ScaledGoal> forPatient(UUID organisationId, UUID patientId) {
        return load(organisationId, "g.organisation_id = ? and g.patient_id = ?", organisationId, patientId);
    }

    /** The T-score of each episode from the latest review of each scaled goal. */
    public static List<Attainment> attainment(List<ScaledGoal> goals) {
        Map<UUID, List<ScaledGoal>> byEpisode = new LinkedHashMap<>();
        goals.stream().filter(g -> g.levels() != null)
                .forEach(g -> byEpisode.computeIfAbsent(g.episodeId(), k -> new ArrayList<>()).add(g));
        List<Attainment> result = new ArrayList<>();
        byEpisode.forEach((episode, list) -> {
            List<GoalAttainment.Scored> scored = list.stream().filter(g -> g.latestLevel() != null)
                    .map(g -> new GoalAttainment.Scored(g.levels().weight(), g.latestLevel())).toList();
            result.add(new Attainment(episode, GoalAttainment.tScore(scored), list.size(), scored.size()));
        });
        return result;
    }

    private ScaledGoal require(CurrentUser user, UUID goalId) {
        return load(user.organisationId(), "g.organisation_id = ? and g.id = ?", user.organisationId(), goalId)
                .getFirst();
    }

    private void insertLevels(CurrentUser user, UUID goalId, Levels l) {
        try {
            jdbc.sql(
                    "insert into goal_scaling (goal_id, organisation_id, weight, level_minus2, level_minus1, level_zero, "
                            + "level_plus1, level_plus2, baseline_level, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(goalId, user.organisationId(), l.weight(), l.minus2().strip(), l.minus1().strip(),
                            l.zero().strip(),
                            l.plus1().strip(), l.plus2().strip(), l.baseline(), user.staffId(),
                            Time.db(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("goal.already-scaled",
                    Messages.text("careplans.refusal.already-scaled"));
        }
    }

    private List<ScaledGoal> load(UUID org, String where, Object... params) {
        List<ScaledGoal> bare = jdbc
                .sql("select g.id, g.episode_id, g.patient_id, g.description, g.target_date, g.status, "
                        + "s.weight, s.level_minus2, s.level_minus1, s.level_zero, s.level_plus1, s.level_plus2, s.baseline_level "
                        + "from goal g left join goal_scaling s on s.goal_id = g.id where " + where
                        + " order by g.created_at")
                .params(params)
                .query((rs, n) -> new ScaledGoal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7) == null
                                ? null
                                : new Levels(rs.getInt(7), rs.getString(8), rs.getString(9),
                                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getInt(13)),
                        List.of()))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<UUID, List<ReviewLine>> reviews = new HashMap<>();
        jdbc.sql("select r.goal_id, r.id, r.reviewed_on, r.attained_level, r.note, r.reviewed_by, r.recorded_at "
                + "from goal_review r where r.organisation_id = :org and r.goal_id in (:ids) "
                + "order by r.reviewed_on, r.recorded_at")
                .param("org", org).param("ids", bare.stream().map(ScaledGoal::goalId).toList())
                .query(rs -> {
                    int level = rs.getInt(4);
                    reviews.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ReviewLine(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), level,
                                    GoalAttainment.levelTitle(level), rs.getString(5), rs.getObject(6, UUID.class),
                                    null, Time.instant(rs.getObject(7, OffsetDateTime.class))));
                });
        Map<UUID, String> names = staff.names(org, reviews.values().stream().flatMap(List::stream)
                .map(ReviewLine::reviewedBy).toList());
        reviews.replaceAll((goal, lines) -> lines.stream().map(l -> new ReviewLine(l.id(), l.reviewedOn(), l.level(),
                l.levelTitle(), l.note(), l.reviewedBy(), names.get(l.reviewedBy()), l.recordedAt())).toList());
        return bare.stream().map(g -> new ScaledGoal(g.goalId(), g.episodeId(), g.patientId(), g.description(),
                g.targetDate(), g.status(), g.levels(), List.copyOf(reviews.getOrDefault(g.goalId(), List.of()))))
                .toList();
    }

    private record GoalRow(UUID patientId, UUID episodeId, LocalDate createdOn) {
    }

    private GoalRow requireGoal(UUID org, UUID goalId) {
        return jdbc.sql("select patient_id, episode_id, created_at from goal where organisation_id = ? and id = ?")
                .params(org, goalId)
                .query((rs, n) -> new GoalRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(Time.LONDON).toLocalDate()))
                .optional()
                .orElseThrow(() -> new NotFoundException("goal.not-found",
                        Messages.text("careplans.refusal.goal-not-found")));
    }

    private static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("goal.registrant-only",
                    Messages.text("careplans.refusal.goal-registrant-only"));
        }
    }
}
