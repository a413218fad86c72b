package org.therapyassist.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An outcome measure: what is entered (items with their ranges), how the score is made from them and how it is read.
 * Built-in measures come from {@link MeasureLibrary}; a service's own measures are stored and built the same way.
 *
 * @param key
 *            stable key stored with each result ("BERG", or the custom measure's id)
 * @param codeSystem
 *            "http://snomed.info/sct" or "http://loinc.org" when a code is known, else null
 * @param code
 *            the SNOMED CT or LOINC code, or null where none has been confirmed
 */
public record Measure(String key, String name, String shortName, String unit, TotalRule totalRule, int scoreDecimals,
        boolean higherIsBetter, String codeSystem, String code, String codeDisplay, List<Item> items, List<Band> bands,
        boolean variableItems, boolean custom, String description, String interpretationNote) {

    public Measure {
        items = List.copyOf(items);
        bands = List.copyOf(bands);
    }

    public enum TotalRule {
        /** Sum of all items. */
        SUM,
        /** Mean of the items entered (Patient-Specific Functional Scale). */
        MEAN,
        /** A single entered value is the score. */
        SINGLE,
        /** Speed over 10 metres: 10 / seconds. */
        SPEED_10M
    }

    /**
     * One thing entered. {@code allowed} lists the only permitted values when the scale skips some (Elderly Mobility
     * Scale functional reach scores 0, 2 or 4); empty means any value from min to max with {@code decimals} places.
     */
    @Schema(name = "MeasureItem")
    public record Item(String key, String label, double min, double max, int decimals, List<Integer> allowed,
            String hint) {

        public Item {
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
        }

        public static Item of(String key, String label, int min, int max) {
            return new Item(key, label, min, max, 0, List.of(), null);
        }

        public String rangeText() {
            if (!allowed.isEmpty()) {
                return String.join(", ", allowed.stream().map(String::valueOf).toList());
            }
            return MeasureScoring.plain(min) + " to " + MeasureScoring.plain(max);
        }
    }

    /** An interpretation band, from and to inclusive on the score scale; tone drives the chart shading. */
    @Schema(name = "MeasureBand")
    public record Band(double from, double to, String label, Tone tone) {

        public boolean contains(double score) {
            return score >= from && score <= to;
        }
    }

    public enum Tone { GOOD, CAUTION, CONCERN }

    public int maxItems() {
        return items.size();
    }

    public double scaleMin() {
        return bands.isEmpty() ? 0 : bands.stream().mapToDouble(Band::from).min().orElse(0);
    }
}
