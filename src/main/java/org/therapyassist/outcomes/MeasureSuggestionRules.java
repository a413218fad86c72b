package org.therapyassist.outcomes;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.therapyassist.careplans.ConditionCategory;

/**
 * Which measures to suggest for an episode's condition category: the built-in suggestions (balance and mobility for a
 * neurological episode, exercise capacity for a cardiac or respiratory one, function and pain for a musculoskeletal
 * one) until a service chooses its own, and the check on a service's choice.
 */
public final class MeasureSuggestionRules {

    /** More than this is a catalogue, not a suggestion. */
    public static final int MOST = 6;

    static final Map<ConditionCategory, List<String>> DEFAULTS = defaults();

    private MeasureSuggestionRules() {
    }

    private static Map<ConditionCategory, List<String>> defaults() {
        Map<ConditionCategory, List<String>> d = new EnumMap<>(ConditionCategory.class);
        d.put(ConditionCategory.NEUROLOGICAL,
                List.of(MeasureLibrary.BERG, MeasureLibrary.TUG, MeasureLibrary.TEN_METRE_WALK));
        d.put(ConditionCategory.MUSCULOSKELETAL, List.of(MeasureLibrary.PSFS, MeasureLibrary.PAIN,
                MeasureLibrary.TUG));
        d.put(ConditionCategory.CARDIOVASCULAR,
                List.of(MeasureLibrary.SIX_MINUTE_WALK, MeasureLibrary.CHAIR_STAND));
        d.put(ConditionCategory.RESPIRATORY,
                List.of(MeasureLibrary.SIX_MINUTE_WALK, MeasureLibrary.CHAIR_STAND));
        d.put(ConditionCategory.OTHER, List.of(MeasureLibrary.TUG, MeasureLibrary.EMS));
        return Map.copyOf(d);
    }

    /** The built-in suggestions for a category. */
    public static List<String> defaultsFor(ConditionCategory category) {
        return DEFAULTS.get(category);
    }

    /** The keys in the order given, each once. */
    static List<String> distinct(List<String> keys) {
        return List.copyOf(new LinkedHashSet<>(keys));
    }

    /** The keys that are not measures of the service's catalogue, in the order given. */
    static List<String> unknown(List<String> keys, Set<String> catalogue) {
        return distinct(keys).stream().filter(k -> !catalogue.contains(k)).toList();
    }

    static boolean tooMany(List<String> keys) {
        return distinct(keys).size() > MOST;
    }
}
