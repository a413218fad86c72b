package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.ConditionCategory;

class MeasureSuggestionRulesTest {

    @Test
    void everyCategoryHasBuiltInSuggestionsFromTheLibrary() {
        for (ConditionCategory category : ConditionCategory.values()) {
            List<String> keys = MeasureSuggestionRules.defaultsFor(category);
            assertThat(keys).as(category.name()).isNotEmpty().hasSizeLessThanOrEqualTo(MeasureSuggestionRules.MOST)
                    .allSatisfy(k -> assertThat(MeasureLibrary.find(k)).isPresent());
        }
        // What the profession expects first: balance and walking after a stroke, exercise capacity for the heart.
        assertThat(MeasureSuggestionRules.defaultsFor(ConditionCategory.NEUROLOGICAL))
                .contains(MeasureLibrary.BERG, MeasureLibrary.TUG);
        assertThat(MeasureSuggestionRules.defaultsFor(ConditionCategory.CARDIOVASCULAR))
                .startsWith(MeasureLibrary.SIX_MINUTE_WALK);
        assertThat(MeasureSuggestionRules.defaultsFor(ConditionCategory.RESPIRATORY))
                .startsWith(MeasureLibrary.SIX_MINUTE_WALK);
    }

    @Test
    void aChoiceIsCheckedAgainstTheServicesCatalogue() {
        Set<String> catalogue = Set.of("TUG", "BERG", "own-1");
        assertThat(MeasureSuggestionRules.unknown(List.of("TUG", "LOINC-123", "own-1", "LOINC-123"), catalogue))
                .containsExactly("LOINC-123");
        assertThat(MeasureSuggestionRules.distinct(List.of("TUG", "BERG", "TUG"))).containsExactly("TUG", "BERG");
        assertThat(MeasureSuggestionRules.tooMany(List.of("a", "b", "c", "d", "e", "f"))).isFalse();
        assertThat(MeasureSuggestionRules.tooMany(List.of("a", "b", "c", "d", "e", "f", "g"))).isTrue();
        assertThat(MeasureSuggestionRules.tooMany(List.of("a", "a", "a", "a", "a", "a", "a"))).isFalse();
    }
}
