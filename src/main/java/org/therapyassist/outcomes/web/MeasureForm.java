package org.therapyassist.outcomes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.platform.web.FormErrors;

/** Turns the posted form (item0, item1, … and label0, … for PSFS) into values, and back into rows for the page. */
record MeasureForm(Map<String, String> params) {

    /** One input on the page: radios when the item has few whole-number choices, else a number box. */
    record Row(String name, String labelName, String label, String hint, List<Integer> choices, String value,
            String labelValue, boolean decimal) {
    }

    List<BigDecimal> values(Measure measure, FormErrors errors) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < measure.items().size(); i++) {
            Measure.Item item = measure.items().get(i);
            values.add(errors.decimal("item" + i, label(item), params.get("item" + i)));
        }
        return values;
    }

    List<String> labels(Measure measure) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < measure.items().size(); i++) {
            labels.add(params.get("label" + i));
        }
        return labels;
    }

    List<Row> rows(Measure measure) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < measure.items().size(); i++) {
            Measure.Item item = measure.items().get(i);
            List<Integer> choices = !item.allowed().isEmpty()
                    ? item.allowed()
                    : item.decimals() == 0 && item.max() - item.min() <= 4 && !measure.variableItems()
                            ? java.util.stream.IntStream.rangeClosed((int) item.min(), (int) item.max()).boxed()
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
