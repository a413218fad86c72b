package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.web.Messages;

/**
 * What a measure result must satisfy before it is stored, as pure rules: a date it can have been taken on, a name for
 * every activity a patient rates on their own scale, and a correction that says why, keeps to the same measure and
 * comes from the person who recorded the result or a registrant. Scoring the items is {@link MeasureScoring}'s.
 */
final class MeasureResultRules {

    private MeasureResultRules() {
    }

    /** Why the date cannot be right, if it cannot: a measure is never taken in the future nor before birth. */
    static Optional<String> takenOnProblem(LocalDate effectiveOn, LocalDate today, LocalDate dateOfBirth) {
        if (effectiveOn.isAfter(today)) {
            return Optional.of(Messages.text("outcomes.field.date.future"));
        }
        if (effectiveOn.isBefore(dateOfBirth)) {
            return Optional.of(Messages.text("outcomes.field.date.before-birth"));
        }
        return Optional.empty();
    }

    /** On a measure whose items the patient names (PSFS), each activity given a rating needs its name. */
    static Map<String, String> unnamedActivities(Measure measure, List<BigDecimal> items, List<String> labels) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (measure.variableItems()) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && label(labels, i) == null) {
                    errors.put("itemLabels[" + i + "]", Messages.text("outcomes.field.activity.unnamed"));
                }
            }
        }
        return errors;
    }

    /** Item {@code i}'s label as it is stored: stripped and at most 200 characters; null when not given. */
    static String label(List<String> labels, int i) {
        String l = i < labels.size() ? labels.get(i) : null;
        return l == null || l.isBlank() ? null : (l.strip().length() > 200 ? l.strip().substring(0, 200) : l.strip());
    }

    /**
     * Refuses a correction without a reason (or one over 500 characters), for another measure than the original, or by
     * someone other than who recorded it unless they are a registrant; the first problem wins.
     */
    static void requireCorrectable(CurrentUser user, String reason, String originalKey, UUID recordedBy,
            String correctedKey) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", Messages.text("outcomes.field.reason.blank")));
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException(Map.of("reason", Messages.text("outcomes.field.reason.size")));
        }
        if (!originalKey.equals(correctedKey)) {
            throw new InvalidInputException(
                    Map.of("measureKey", Messages.text("outcomes.field.correction.same-measure")));
        }
        if (!user.isRegistrant() && !recordedBy.equals(user.staffId())) {
            throw new NotAllowedException("measure.correct-not-allowed",
                    Messages.text("outcomes.refusal.correct-who"));
        }
    }
}
