package org.therapyassist.delegation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.platform.Stage;

/**
 * The checks that must all pass before a task is delegated, as a pure rule. The first failure wins, in the order a
 * therapist would fix them: who is delegating, consent, the worker's stage, then their competency evidence.
 */
public final class DelegationRules {

    private DelegationRules() {
    }

    public record Refusal(String code, String message) {
    }

    /**
     * Field problems with a delegation's dates; empty when they make sense. It starts today or later, ends after it
     * starts, is reviewed within it, and lasts at most six months, so nobody carries on for longer without a fresh
     * decision by the registrant.
     */
    static Map<String, String> dateProblems(LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, LocalDate today) {
        Map<String, String> errors = new HashMap<>();
        if (startsOn.isBefore(today)) {
            errors.put("startsOn", "Start date must be today or in the future");
        }
        if (endsOn.isBefore(startsOn)) {
            errors.put("endsOn", "End date must be on or after the start date");
        }
        if (reviewOn.isBefore(startsOn)) {
            errors.put("reviewOn", "Review date must be on or after the start date");
        } else if (reviewOn.isAfter(endsOn)) {
            errors.put("reviewOn", "Review date must be on or before the end date");
        }
        if (endsOn.isAfter(startsOn.plusMonths(6))) {
            errors.put("endsOn", "A delegation can last at most 6 months; review and delegate again after that");
        }
        return errors;
    }

    public static Optional<Refusal> refusal(boolean delegatorRegistered, Consent consent, String bestInterestNote,
            Optional<Stage> workerStage, TaskType task, CompetencyCheck competencies) {
        if (!delegatorRegistered) {
            return Optional.of(new Refusal("delegation.delegator-not-registered",
                    "Only a registered professional with an HCPC number can delegate clinical tasks."));
        }
        if (consent == null || consent == Consent.NOT_RECORDED) {
            return Optional.of(new Refusal("delegation.no-consent",
                    "Record the patient's consent, or a best-interest decision, before delegating."));
        }
        if (consent == Consent.BEST_INTEREST && (bestInterestNote == null || bestInterestNote.isBlank())) {
            return Optional.of(new Refusal("delegation.no-consent",
                    "Say where the best-interest decision is recorded, and by whom."));
        }
        if (workerStage.isEmpty()) {
            return Optional.of(new Refusal("delegation.not-support-worker",
                    "Tasks can only be delegated to support workers."));
        }
        if (!workerStage.get().isAtLeast(task.minimumStage())) {
            return Optional.of(new Refusal("delegation.stage-too-low",
                    task.name() + " needs a " + task.minimumStage().title().toLowerCase(Locale.UK)
                            + " or above; this worker is a "
                            + workerStage.get().title().toLowerCase(Locale.UK) + "."));
        }
        if (!competencies.missing().isEmpty()) {
            return Optional.of(new Refusal("delegation.not-competent",
                    "This worker has no sign-off for competency " + String.join(", ", competencies.missing())
                            + ", which " + task.name().toLowerCase(Locale.UK) + " needs."));
        }
        if (!competencies.expired().isEmpty()) {
            var first = competencies.expired().getFirst();
            return Optional.of(new Refusal("delegation.competency-expired",
                    "This worker's sign-off for competency " + first.competencyCode() + " expired on "
                            + first.expiredOn().format(
                                    DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                            + ". It must be renewed before this task can be delegated to them."));
        }
        return Optional.empty();
    }
}
