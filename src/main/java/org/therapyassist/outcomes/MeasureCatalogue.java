package org.therapyassist.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.outcomes.Measure.Item;
import org.therapyassist.outcomes.Measure.TotalRule;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/** The measures a service can use: the built-in library and the service's own measures. */
@Service
public class MeasureCatalogue {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MeasureCatalogue(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public enum CustomRule { SUM, MEAN }

    public record NewMeasure(
            @NotBlank(message = "{outcomes.field.name.blank}") @Size(max = 120, message = "{outcomes.field.name.size}") String name,
            @NotBlank(message = "{outcomes.field.unit.blank}") @Size(max = 30, message = "{outcomes.field.unit.size}") String unit,
            @NotNull(message = "{outcomes.field.total-rule.null}") CustomRule totalRule,
            boolean higherIsBetter,
            @Size(max = 500, message = "{outcomes.field.description.size}") String description,
            @NotEmpty(message = "{outcomes.field.items.empty}") @Size(max = 30, message = "{outcomes.field.items.size}") List<@Valid NewItem> items) {
    }

    @Schema(name = "NewMeasureItem")
    public record NewItem(
            @NotBlank(message = "{outcomes.field.item-label.blank}") @Size(max = 200, message = "{outcomes.field.item-label.size}") String label,
            @NotNull(message = "{outcomes.field.item-min.null}") @Min(value = 0, message = "{outcomes.field.item-min.range}") @Max(value = 1000, message = "{outcomes.field.item-min.range}") Integer min,
            @NotNull(message = "{outcomes.field.item-max.null}") @Min(value = 1, message = "{outcomes.field.item-max.range}") @Max(value = 1000, message = "{outcomes.field.item-max.range}") Integer max) {
    }

    /** Built-in measures first, then the service's own in name order. */
    @Transactional(readOnly = true)
    public List<Measure> all(UUID organisationId) {
        List<Measure> all = new ArrayList<>(MeasureLibrary.all());
        all.addAll(custom(organisationId, null));
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<Measure> find(UUID organisationId, String key) {
        Optional<Measure> builtIn = MeasureLibrary.find(key);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        UUID id = Text.uuidOrNull(key);
        return id == null ? Optional.empty() : custom(organisationId, id).stream().findFirst();
    }

    public Measure require(UUID organisationId, String key) {
        return find(organisationId, key)
                .orElseThrow(() -> new NotFoundException("measure.not-found",
                        Messages.text("outcomes.refusal.measure-not-found")));
    }

    /** A registrant adds a measure of the service's own (for example one the service holds a licence for). */
    @Transactional
    public Measure create(CurrentUser user, NewMeasure command) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("measure.registrant-only",
                    Messages.text("outcomes.refusal.add-registrant-only"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < command.items().size(); i++) {
            NewItem item = command.items().get(i);
            if (item.min() != null && item.max() != null && item.min() >= item.max()) {
                errors.put("items[" + i + "].max", Messages.text("outcomes.field.item-max.above-min"));
            }
        }
        if (MeasureLibrary.all().stream().anyMatch(m -> m.name().equalsIgnoreCase(command.name().strip()))) {
            errors.put("name", Messages.text("outcomes.field.name.built-in"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        try {
            jdbc.sql(
                    "insert into custom_measure (id, organisation_id, name, unit, total_rule, higher_is_better, description, "
                            + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, user.organisationId(), command.name().strip(), command.unit().strip(),
                            command.totalRule().name(), command.higherIsBetter(),
                            Text.blankToNull(command.description()),
                            user.staffId(), Time.db(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("measure.name-taken", Messages.text("outcomes.refusal.name-taken"));
        }
        for (int i = 0; i < command.items().size(); i++) {
            NewItem item = command.items().get(i);
            jdbc.sql(
                    "insert into custom_measure_item (measure_id, position, label, min_value, max_value) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, item.label().strip(), item.min(), item.max()).update();
        }
        audit.record(new AuditEntry(user, null, "measure.created", "measure", id, command.name().strip()));
        return require(user.organisationId(), id.toString());
    }

    /**
     * The built-in measures, then the service's own by name, a page at a time: the built-ins are a fixed list, so the
     * page's own measures are read from the position after them.
     */
    @Transactional(readOnly = true)
    public Page<Measure> all(UUID organisationId, PageRequest page) {
        List<Measure> builtIn = MeasureLibrary.all();
        long own = jdbc.sql("select count(*) from custom_measure where organisation_id = ? and active = true")
                .param(organisationId).query(Long.class).single();
        List<Measure> items = new ArrayList<>();
        long offset = page.offset();
        for (long i = offset; i < builtIn.size() && items.size() < page.size(); i++) {
            items.add(builtIn.get((int) i));
        }
        if (items.size() < page.size()) {
            items.addAll(
                    custom(organisationId, null, Math.max(0, offset - builtIn.size()), page.size() - items.size()));
        }
        long total = builtIn.size() + own;
        return new Page<>(items, page.page(), page.size(), offset + items.size() < total, total);
    }

    private List<Measure> custom(UUID org, UUID onlyId) {
        return custom(org, onlyId, 0, Integer.MAX_VALUE);
    }

    private List<Measure> custom(UUID org, UUID onlyId, long offset, int limit) {
        record Row(UUID id, String name, String unit, String rule, boolean higher, String description) {
        }
        List<Row> rows = jdbc
                .sql("select id, name, unit, total_rule, higher_is_better, description from custom_measure "
                        + "where organisation_id = ? and active = true" + (onlyId == null ? "" : " and id = ?")
                        + " order by name, id limit ? offset ?")
                .params(onlyId == null ? new Object[]{org, limit, offset} : new Object[]{org, onlyId, limit, offset})
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5), rs.getString(6)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Item>> items = new HashMap<>();
        jdbc.sql("select measure_id, position, label, min_value, max_value from custom_measure_item "
                + "where measure_id in (:ids) order by measure_id, position")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(Item.of("item" + rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                });
        return rows.stream().map(r -> new Measure(r.id().toString(), r.name(), r.name(), r.unit(),
                TotalRule.valueOf(r.rule()), "MEAN".equals(r.rule()) ? 1 : 0, r.higher(), null, null, null,
                items.getOrDefault(r.id(), List.of()), List.of(), false, true,
                r.description() == null ? Messages.text("outcomes.custom.description") : r.description(),
                Messages.text("outcomes.custom.no-bands"))).toList();
    }
}
