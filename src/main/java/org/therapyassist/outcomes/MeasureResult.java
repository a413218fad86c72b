package org.therapyassist.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.platform.web.Messages;

/**
 * A measure result as pages and the API show it. Shaped for FHIR Observation: code/system/display, valueQuantity
 * (score + unit), effective date, performer, subject (patient), interpretation text, items as components, and
 * {@code replacesId} for a correction (the replaced result reads as status "amended").
 */
public record MeasureResult(UUID id, UUID patientId, UUID episodeId, UUID delegationId, UUID sessionRecordId,
        String measureKey, String measureName, String codeSystem, String code, String codeDisplay, BigDecimal score,
        String unit, String interpretation, @Schema(implementation = Measure.Tone.class) String tone,
        @Schema(implementation = ChairStandNorms.NormGroup.class) String normGroup, LocalDate effectiveOn,
        UUID performerId,
        String performerName, int performerBand, boolean bySupportWorker, Instant recordedAt, String note,
        List<Component> items, UUID replacesId, String correctionReason) {

    @Schema(name = "MeasureResultItem")
    public record Component(String key, String label, BigDecimal value) {
    }

    public String scoreText() {
        return score.stripTrailingZeros().scale() <= 0 && !"m/s".equals(unit)
                ? score.toBigInteger() + " " + unit
                : score.toPlainString() + " " + unit;
    }

    public String source() {
        return Messages.text(sessionRecordId != null
                ? "outcomes.source.session"
                : delegationId != null ? "outcomes.source.delegated" : "outcomes.source.assessment");
    }
}
