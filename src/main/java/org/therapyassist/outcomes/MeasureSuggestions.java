package org.therapyassist.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * The measures a service suggests by condition category ({@link MeasureSuggestionRules}), which a team lead may
 * change for the service, and the suggestions for a patient: those of the categories of their open episodes.
 */
@Service
public class MeasureSuggestions {

    private final JdbcClient jdbc;
    private final MeasureCatalogue catalogue;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final AuditTrail audit;
    private final Clock clock;

    MeasureSuggestions(JdbcClient jdbc, MeasureCatalogue catalogue, PatientRecords patients, CarePlans carePlans,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.patients = patients;
        this.carePlans = carePlans;
        this.audit = audit;
        this.clock = clock;
    }

    /** The measures suggested for one category, and whether they are the service's own choice. */
    public record Suggestion(ConditionCategory category, @Schema(description = "The category in words") String title,
            List<Measure> measures,
            @Schema(description = "True when the service chose these; false for the built-in suggestions") boolean chosen) {
    }

    /** A service's choice for one category: measure keys from GET /api/v1/measures, in the order to show them. */
    public record Change(@NotNull(message = "{outcomes.suggestions.keys.null}") @Schema(description = "Measure keys, "
            + "at most " + MeasureSuggestionRules.MOST + "; empty to suggest none") List<String> measureKeys) {
    }

    /** Every category, in the order the categories are listed. */
    @Transactional(readOnly = true)
    public List<Suggestion> all(UUID organisationId) {
        Map<ConditionCategory, String> chosen = chosen(organisationId);
        Map<String, Measure> measures = measures(organisationId);
        return Arrays.stream(ConditionCategory.values()).map(c -> suggestion(c, chosen, measures)).toList();
    }

    @Transactional(readOnly = true)
    public Suggestion of(UUID organisationId, ConditionCategory category) {
        return suggestion(category, chosen(organisationId), measures(organisationId));
    }

    /**
     * The suggestions for a patient: one per category of their open episodes (none when nothing is open). Opens the
     * patient (access check and audit) as reading their record does.
     */
    @Transactional
    public List<Suggestion> forPatient(CurrentUser user, UUID patientId) {
        patients.open(user, patientId);
        return forOpenedPatient(user.organisationId(), patientId);
    }

    /** The same for a patient the caller has already opened (checked and audited) on this request. */
    @Transactional(readOnly = true)
    public List<Suggestion> forOpenedPatient(UUID organisationId, UUID patientId) {
        Set<ConditionCategory> categories = carePlans.episodesOf(organisationId, patientId).stream()
                .filter(Episode::isOpen).map(Episode::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConditionCategory.class)));
        if (categories.isEmpty()) {
            return List.of();
        }
        Map<ConditionCategory, String> chosen = chosen(organisationId);
        Map<String, Measure> measures = measures(organisationId);
        return categories.stream().map(c -> suggestion(c, chosen, measures)).toList();
    }

    /** The service's own choice for a category; the caller has checked the command. Audited as a setting. */
    @Transactional
    public Suggestion change(CurrentUser user, ConditionCategory category, Change change) {
        List<String> keys = MeasureSuggestionRules.distinct(change.measureKeys().stream()
                .map(k -> k == null ? "" : k.strip()).toList());
        List<String> unknown = MeasureSuggestionRules.unknown(keys, measures(user.organisationId()).keySet());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(Map.of("measureKeys",
                    Messages.text("outcomes.suggestions.keys.unknown", String.join(", ", unknown))));
        }
        if (MeasureSuggestionRules.tooMany(keys)) {
            throw new InvalidInputException(Map.of("measureKeys",
                    Messages.text("outcomes.suggestions.keys.too-many", MeasureSuggestionRules.MOST)));
        }
        String joined = String.join(",", keys);
        int updated = jdbc.sql("update measure_suggestion set measure_keys = ?, changed_at = ?, changed_by = ? "
                + "where organisation_id = ? and condition_category = ?")
                .params(joined, Time.db(clock.instant()), user.staffId(), user.organisationId(), category.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into measure_suggestion (organisation_id, condition_category, measure_keys, changed_at, "
                    + "changed_by) values (?, ?, ?, ?, ?)")
                    .params(user.organisationId(), category.name(), joined, Time.db(clock.instant()), user.staffId())
                    .update();
        }
        audit.record(new AuditEntry(user, null, "measure.suggestions-changed", "condition-category",
                null, category.name() + ": " + (joined.isEmpty() ? "none" : joined)));
        return of(user.organisationId(), category);
    }

    private Map<ConditionCategory, String> chosen(UUID organisationId) {
        Map<ConditionCategory, String> chosen = new EnumMap<>(ConditionCategory.class);
        jdbc.sql("select condition_category, measure_keys from measure_suggestion where organisation_id = ?")
                .param(organisationId)
                .query((rs, n) -> chosen.put(ConditionCategory.valueOf(rs.getString(1)), rs.getString(2))).list();
        return chosen;
    }

    private Map<String, Measure> measures(UUID organisationId) {
        Map<String, Measure> byKey = new LinkedHashMap<>();
        catalogue.all(organisationId).forEach(m -> byKey.put(m.key(), m));
        return byKey;
    }

    private static Suggestion suggestion(ConditionCategory category, Map<ConditionCategory, String> chosen,
            Map<String, Measure> measures) {
        String own = chosen.get(category);
        List<String> keys = own == null
                ? MeasureSuggestionRules.defaultsFor(category)
                : own.isEmpty() ? List.of() : List.of(own.split(","));
        List<Measure> found = new ArrayList<>();
        for (String key : keys) {
            // A service's own measure may have gone from the catalogue since: it is simply no longer suggested.
            Measure measure = measures.get(key);
            if (measure != null) {
                found.add(measure);
            }
        }
        return new Suggestion(category, category.title(), found, own != null);
    }
}
