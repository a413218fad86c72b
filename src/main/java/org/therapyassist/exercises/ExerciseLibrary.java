package org.therapyassist.exercises;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.SearchWords;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;

/** The exercise library: the national exercises and the service's own, which only its registrants add. */
@Service
public class ExerciseLibrary {

    private static final String SELECT = "select * from exercise ";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ExerciseLibrary(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewExercise(
            @NotBlank(message = "{exercises.validation.name.blank}") @Size(max = 120, message = "{exercises.validation.name.size}") String name,
            @NotNull(message = "{exercises.validation.region.blank}") BodyRegion region,
            @NotNull(message = "{exercises.validation.category.blank}") ExerciseCategory category,
            @NotBlank(message = "{exercises.validation.pose.blank}") String pose,
            @NotBlank(message = "{exercises.validation.starting-position.blank}") @Size(max = 500, message = "{exercises.validation.starting-position.size}") String startingPosition,
            @NotBlank(message = "{exercises.validation.steps.blank}") @Size(max = 2000, message = "{exercises.validation.steps.size}") String steps,
            @NotBlank(message = "{exercises.validation.safety.blank}") @Size(max = 500, message = "{exercises.validation.safety.size}") String safety,
            @Label("{exercises.field.default-sets}") @Min(value = 1, message = "{exercises.validation.sets.range}") @Max(value = 20, message = "{exercises.validation.sets.range}") Integer defaultSets,
            @Label("{exercises.field.default-repetitions}") @Min(value = 1, message = "{exercises.validation.repetitions.range}") @Max(value = 100, message = "{exercises.validation.repetitions.range}") Integer defaultRepetitions,
            @Label("{exercises.field.default-hold-seconds}") @Min(value = 1, message = "{exercises.validation.hold.range}") @Max(value = 300, message = "{exercises.validation.hold.range}") Integer defaultHoldSeconds,
            @NotBlank(message = "{exercises.validation.frequency.blank}") @Size(max = 100, message = "{exercises.validation.frequency.size}") String defaultFrequency) {
    }

    /** National and own exercises, optionally filtered, by name. */
    /** The national library and the service's own, by name, filtered, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Exercise> list(UUID organisationId, BodyRegion region, ExerciseCategory category, PageRequest page) {
        return list(organisationId, region, category, null, page);
    }

    /**
     * As {@link #list(UUID, BodyRegion, ExerciseCategory, PageRequest)}, narrowed to exercises whose name contains
     * every word typed ("heel" finds "Heel raises" and "Heel-toe walking"); no words, no narrowing.
     */
    @Transactional(readOnly = true)
    public Page<Exercise> list(UUID organisationId, BodyRegion region, ExerciseCategory category, String text,
            PageRequest page) {
        StringBuilder where = new StringBuilder(
                "where active = true and (organisation_id is null or organisation_id = ?)");
        List<Object> params = new ArrayList<>(List.of(organisationId));
        for (String word : SearchWords.of(text)) {
            where.append(" and lower(name) like ?");
            params.add("%" + word + "%");
        }
        if (region != null) {
            where.append(" and body_region = ?");
            params.add(region.name());
        }
        if (category != null) {
            where.append(" and category = ?");
            params.add(category.name());
        }
        return PagedQuery.of(jdbc, page, SELECT + where, "name, id", ExerciseLibrary::map, params.toArray());
    }

    public List<Exercise> list(UUID organisationId, BodyRegion region, ExerciseCategory category) {
        StringBuilder where = new StringBuilder(
                "where active = true and (organisation_id is null or organisation_id = :org)");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        if (region != null) {
            where.append(" and body_region = :region");
            params.put("region", region.name());
        }
        if (category != null) {
            where.append(" and category = :category");
            params.put("category", category.name());
        }
        return jdbc.sql(SELECT + where + " order by name").params(params).query(ExerciseLibrary::map).list();
    }

    /** A national exercise or one of this service's own; 404 for another service's. */
    @Transactional(readOnly = true)
    public Exercise require(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + "where id = ? and (organisation_id is null or organisation_id = ?)")
                .params(id, organisationId).query(ExerciseLibrary::map).optional()
                .orElseThrow(
                        () -> new NotFoundException("exercise.not-found",
                                Messages.text("exercises.refusal.not-found")));
    }

    @Transactional(readOnly = true)
    public Map<UUID, Exercise> byIds(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Exercise> out = new HashMap<>();
        jdbc.sql(SELECT + "where id in (:ids) and (organisation_id is null or organisation_id = :org)")
                .param("ids", List.copyOf(ids)).param("org", organisationId)
                .query(ExerciseLibrary::map).list().forEach(e -> out.put(e.id(), e));
        return out;
    }

    @Transactional
    public Exercise add(CurrentUser user, NewExercise command) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("exercise.registrant-only",
                    Messages.text("exercises.refusal.registrant-only"));
        }
        if (!Figures.exists(command.pose())) {
            throw new InvalidInputException(Map.of("pose", Messages.text("exercises.refusal.pose")));
        }
        List<String> steps = Exercise.stepsOf(command.steps());
        if (steps.isEmpty()) {
            throw new InvalidInputException(Map.of("steps", Messages.text("exercises.refusal.steps.blank")));
        }
        String name = command.name().strip();
        boolean taken = jdbc.sql("select count(*) from exercise where active = true and lower(name) = ? "
                + "and (organisation_id is null or organisation_id = ?)")
                .params(name.toLowerCase(Locale.UK), user.organisationId()).query(Long.class).single() > 0;
        if (taken) {
            throw new InvalidInputException(
                    Map.of("name", Messages.text("exercises.refusal.name.taken")));
        }
        UUID id = Ids.newId();
        String code = "own-" + id.toString().substring(0, 8);
        jdbc.sql(
                "insert into exercise (id, organisation_id, code, name, body_region, category, pose, starting_position, "
                        + "steps, safety, default_sets, default_repetitions, default_hold_seconds, default_frequency, "
                        + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), code, name, command.region().name(), command.category().name(),
                        command.pose(), command.startingPosition().strip(), String.join("\n", steps),
                        command.safety().strip(), command.defaultSets(), command.defaultRepetitions(),
                        command.defaultHoldSeconds(), command.defaultFrequency().strip(), Time.db(clock.instant()),
                        user.staffId())
                .update();
        audit.record(new AuditEntry(user, null, "exercise.added", "exercise", id, name));
        return require(user.organisationId(), id);
    }

    static Exercise map(ResultSet rs, int n) throws SQLException {
        return new Exercise(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class) != null,
                rs.getString("code"), rs.getString("name"), BodyRegion.valueOf(rs.getString("body_region")),
                ExerciseCategory.valueOf(rs.getString("category")), rs.getString("pose"),
                rs.getString("starting_position"), new ArrayList<>(Exercise.stepsOf(rs.getString("steps"))),
                rs.getString("safety"), (Integer) rs.getObject("default_sets"),
                (Integer) rs.getObject("default_repetitions"), (Integer) rs.getObject("default_hold_seconds"),
                rs.getString("default_frequency"));
    }
}
