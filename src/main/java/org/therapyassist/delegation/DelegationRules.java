package org.therapyassist.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Messages;

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
            errors.put("startsOn", Messages.text("delegation.new.starts-on.past"));
        }
        if (endsOn.isBefore(startsOn)) {
            errors.put("endsOn", Messages.text("delegation.new.ends-on.before-start"));
        }
        if (reviewOn.isBefore(startsOn)) {
            errors.put("reviewOn", Messages.text("delegation.new.review-on.before-start"));
        } else if (reviewOn.isAfter(endsOn)) {
            errors.put("reviewOn", Messages.text("delegation.new.review-on.after-end"));
        }
        if (endsOn.isAfter(startsOn.plusMonths(6))) {
            errors.put("endsOn", Messages.text("delegation.new.ends-on.too-long"));
        }
        return errors;
    }

    /** The worker a task would go to, as a refusal names them, and the competencies' titles by code. */
    public record Worker(String name, Optional<Stage> stage, Map<String, String> competencyTitles) {
    }

    /**
     * Competencies as people know them: "3.06 Hoist transfer with the correct sling", joined "a, b and c". The code
     * alone when the title is not known.
     */
    public static String named(Collection<String> codes, Map<String, String> titles) {
        List<String> named = codes.stream()
                .map(c -> titles.containsKey(c) ? c + " " + titles.get(c) : c)
                .toList();
        if (named.size() < 2) {
            return String.join("", named);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + Messages.text("delegation.refusal.and")
                + named.getLast();
    }

    public static Optional<Refusal> refusal(boolean delegatorRegistered, Consent consent, String bestInterestNote,
            Worker worker, TaskType task, CompetencyCheck competencies) {
        Optional<Stage> workerStage = worker.stage();
        if (!delegatorRegistered) {
            return Optional.of(new Refusal("delegation.delegator-not-registered",
                    Messages.text("delegation.refusal.not-registered")));
        }
        if (consent == null || consent == Consent.NOT_RECORDED) {
            return Optional.of(new Refusal("delegation.no-consent",
                    Messages.text("delegation.refusal.no-consent")));
        }
        if (consent == Consent.BEST_INTEREST && (bestInterestNote == null || bestInterestNote.isBlank())) {
            return Optional.of(new Refusal("delegation.no-consent",
                    Messages.text("delegation.refusal.best-interest-note")));
        }
        if (workerStage.isEmpty()) {
            return Optional.of(new Refusal("delegation.not-support-worker",
                    Messages.text("delegation.refusal.not-support-worker")));
        }
        if (!workerStage.get().isAtLeast(task.minimumStage())) {
            return Optional.of(new Refusal("delegation.stage-too-low",
                    Messages.text("delegation.refusal.stage-too-low", task.name(),
                            task.minimumStage().title().toLowerCase(Locale.UK),
                            workerStage.get().title().toLowerCase(Locale.UK), worker.name())));
        }
        if (!competencies.missing().isEmpty()) {
            return Optional.of(new Refusal("delegation.not-competent",
                    Messages.text("delegation.refusal.not-competent",
                            named(competencies.missing(), worker.competencyTitles()),
                            task.name().toLowerCase(Locale.UK), worker.name())));
        }
        if (!competencies.expired().isEmpty()) {
            var first = competencies.expired().getFirst();
            return Optional.of(new Refusal("delegation.competency-expired",
                    Messages.text("delegation.refusal.competency-expired",
                            named(List.of(first.competencyCode()), worker.competencyTitles()), first.expiredOn(),
                            worker.name())));
        }
        return Optional.empty();
    }
}
