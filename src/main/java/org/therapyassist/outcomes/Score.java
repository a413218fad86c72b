package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.util.List;

/** A score worked out from item values, with how it reads. */
public record Score(BigDecimal value, String unit, String interpretation, Measure.Tone tone, List<Measure.Band> bands) {

    public Score {
        bands = List.copyOf(bands);
    }

    public String display() {
        return value.toPlainString() + ("/10".equals(unit) || "mean /10".equals(unit) ? "" : " ") + unit;
    }
}
