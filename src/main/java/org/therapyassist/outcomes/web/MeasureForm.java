package org.therapyassist.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.web.FormReader;
import org.therapyassist.platform.web.Label;

/**
 * A measure result as posted. Its items depend on the measure ({@code item0}, {@code item1}, … and {@code label0}, …
 * for PSFS), so they are read with the measure in hand ({@link #items}); the rest binds as usual.
 */
record MeasureForm(UUID episodeId, @Label("{outcomes.field.effective-on.label}") LocalDate effectiveOn,
        NormGroup normGroup,
        String note, String reason) {

    /** One input on the page: radios when the item has few whole-number choices, else a number box. */
    record Row(String name, String labelName, String label, String hint, List<Integer> choices, String value,
            String labelValue, boolean decimal) {
    }

    /** The scores and, where the patient names the items, their labels. */
    record Items(List<BigDecimal> values, List<String> labels) {
    }

    static Items items(Measure measure, FormReader in) {
        List<BigDecimal> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < measure.items().size(); i++) {
            values.add(in.decimal("item" + i, label(measure.items().get(i))));
            labels.add(in.text("label" + i));
        }
        return new Items(values, labels);
    }

    MeasureResults.NewResult result(Measure measure, Items items) {
        return new MeasureResults.NewResult(measure.key(), episodeId, null, effectiveOn, items.values(), items.labels(),
                normGroup, note);
    }

    /** A correction keeps the episode the result was recorded in. */
    MeasureResults.NewResult correction(Measure measure, Items items) {
        return new MeasureResults.NewResult(measure.key(), null, null, effectiveOn, items.values(), items.labels(),
                normGroup, note);
    }

    static List<Row> rows(Measure measure, Map<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < measure.items().size(); i++) {
            Measure.Item item = measure.items().get(i);
            List<Integer> choices = !item.allowed().isEmpty()
                    ? item.allowed()
                    : item.decimals() == 0 && item.max() - item.min() <= 4 && !measure.variableItems()
                            ? IntStream.rangeClosed((int) item.min(), (int) item.max()).boxed()
                                    .toList()
                            : List.of();
            rows.add(new Row("item" + i, "label" + i, item.label(), item.hint(), choices, params.get("item" + i),
                    params.get("label" + i), item.decimals() > 0));
        }
        return rows;
    }

    /** Domain field names (items[3], itemLabels[1]) to the page's input names. */
    static String pageField(String field) {
        return field.replaceAll("^items\\[(\\d+)]$", "item$1").replaceAll("^itemLabels\\[(\\d+)]$", "label$1");
    }

    private static String label(Measure.Item item) {
        return item.label().replaceFirst("^\\d+\\. ", "");
    }
}
