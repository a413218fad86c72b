package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.Measure.Band;
import org.therapyassist.outcomes.Measure.Item;
import org.therapyassist.outcomes.Measure.Tone;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;

/**
 * Works a score out from item values and reads it against the measure's bands. Every value is checked against its
 * item's range first; an out-of-range value is refused with a message naming the item (field "items[n]").
 */
public final class MeasureScoring {

    private MeasureScoring() {
    }

    /** Context some measures need: the patient's age on the day, and the norm group for the chair stand. */
    public record Context(Integer age, NormGroup normGroup) {

        public static final Context NONE = new Context(null, null);
    }

    /**
     * @param values
     *            one value per item, in item order; null for an item not entered. Measures with variable items
     *            (PSFS) need at least one; the others need all.
     */
    public static Score score(Measure measure, List<BigDecimal> values, Context context) {
        Map<String, String> errors = check(measure, values);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<BigDecimal> entered = values.stream().filter(v -> v != null).toList();
        BigDecimal raw = switch (measure.totalRule()) {
            case SUM -> entered.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MEAN -> entered.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(entered.size()), measure.scoreDecimals(), RoundingMode.HALF_UP);
            case SINGLE -> entered.getFirst();
            case SPEED_10M -> BigDecimal.TEN.divide(entered.getFirst(), measure.scoreDecimals(), RoundingMode.HALF_UP);
        };
        BigDecimal value = raw.setScale(measure.scoreDecimals(), RoundingMode.HALF_UP);
        List<Band> bands = bandsFor(measure, context);
        Optional<Band> band = bandOf(bands, value.doubleValue());
        String interpretation = band.map(Band::label).orElse(null);
        Tone tone = band.map(Band::tone).orElse(null);
        if (MeasureLibrary.CHAIR_STAND.equals(measure.key())) {
            interpretation = chairStandReading(value.intValue(), context);
            tone = band.map(Band::tone).orElse(null);
        }
        return new Score(value, measure.unit(), interpretation, tone, bands);
    }

    /** Field errors for these values, empty when all are acceptable. */
    public static Map<String, String> check(Measure measure, List<BigDecimal> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Item> items = measure.items();
        if (values == null || values.size() > items.size()) {
            errors.put("items",
                    Messages.text("outcomes.field.items.too-many", String.valueOf(items.size()), measure.name()));
            return errors;
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            BigDecimal v = i < values.size() ? values.get(i) : null;
            String field = "items[" + i + "]";
            if (v == null) {
                if (!measure.variableItems()) {
                    errors.put(field, Messages.text("outcomes.field.item.blank", label(item)));
                }
                continue;
            }
            if (v.stripTrailingZeros().scale() > item.decimals()) {
                errors.put(field, item.decimals() == 0
                        ? Messages.text("outcomes.field.item.whole", label(item))
                        : Messages.text("outcomes.field.item.decimals", label(item), String.valueOf(item.decimals())));
            } else if (v.doubleValue() < item.min() || v.doubleValue() > item.max()) {
                errors.put(field,
                        Messages.text("outcomes.field.item.range", label(item), plain(item.min()), plain(item.max())));
            } else if (!item.allowed().isEmpty() && !item.allowed().contains(v.intValue())) {
                errors.put(field, Messages.text("outcomes.field.item.one-of", label(item), item.rangeText()));
            }
        }
        if (measure.variableItems() && errors.isEmpty() && values.stream().allMatch(v -> v == null)) {
            errors.put("items[0]", Messages.text("outcomes.field.items.none-rated"));
        }
        return errors;
    }

    public static List<Band> bandsFor(Measure measure, Context context) {
        if (!MeasureLibrary.CHAIR_STAND.equals(measure.key())) {
            return measure.bands();
        }
        if (context == null || context.age() == null) {
            return List.of();
        }
        return ChairStandNorms.belowAverageUnder(context.age(), context.normGroup())
                .map(t -> List.of(new Band(0, t, "Below average for age and sex (under " + t + ")", Tone.CONCERN),
                        new Band(t, 40, "Average or above (" + t + " or more)", Tone.GOOD)))
                .orElse(List.of());
    }

    /** The band a score falls in: the last band whose lower bound the score reaches. */
    public static Optional<Band> bandOf(List<Band> bands, double score) {
        Band found = null;
        for (Band b : bands) {
            if (score >= b.from()) {
                found = b;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String chairStandReading(int stands, Context context) {
        if (context == null || context.age() == null || context.normGroup() == null) {
            return "No norm chosen: compare with the patient's earlier results";
        }
        Optional<Integer> threshold = ChairStandNorms.belowAverageUnder(context.age(), context.normGroup());
        if (threshold.isEmpty()) {
            return "No published norm under age 60: compare with the patient's earlier results";
        }
        String who = (context.normGroup() == NormGroup.MEN ? "men" : "women") + " aged "
                + ChairStandNorms.ageBand(context.age());
        return stands < threshold.get()
                ? "Below average for " + who + " (under " + threshold.get() + ")"
                : "Average or above for " + who + " (" + threshold.get() + " or more)";
    }

    private static String label(Item item) {
        String l = item.label().replaceFirst("^\\d+\\. ", "");
        return l.isEmpty() ? item.key() : l;
    }

    static String plain(double d) {
        return d == Math.rint(d)
                ? String.valueOf((long) d)
                : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Copies values so callers can pass fixed-size lists with gaps. */
    public static List<BigDecimal> values(Number... numbers) {
        List<BigDecimal> list = new ArrayList<>();
        for (Number n : numbers) {
            list.add(n == null ? null : new BigDecimal(n.toString()));
        }
        return list;
    }
}
