package org.therapyassist.competence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.training.QualificationKind;

/**
 * What a person needs for the next stage of the framework: the competencies expected there held in date, the
 * qualifications services usually ask for, and time at the current stage. A pure rule, tested without a database.
 */
public final class CareerPathway {

    public enum Kind { COMPETENCY, QUALIFICATION, EXPERIENCE }

    @Schema(name = "PathwayItem")
    public record Item(Kind kind, String description, boolean met, String detail) {
    }

    @Schema(name = "CareerPathway")
    public record Checklist(Stage current, Stage next, List<Item> items) {

        public boolean ready() {
            return items.stream().allMatch(Item::met);
        }

        public long missing() {
            return items.stream().filter(i -> !i.met()).count();
        }
    }

    /** A qualification requirement (its words' message key) met by any one of the listed qualifications. */
    record QualificationNeed(String description, Set<QualificationKind> anyOf) {
    }

    record StepUp(Stage next, int monthsAtCurrentStage, List<QualificationNeed> qualifications) {
    }

    private static final Map<Stage, StepUp> STEPS = Map.of(
            Stage.SUPPORT_WORKER, new StepUp(Stage.SENIOR_SUPPORT_WORKER, 12, List.of(
                    new QualificationNeed("competence.pathway.need.care-certificate",
                            Set.of(QualificationKind.CARE_CERTIFICATE)),
                    new QualificationNeed("competence.pathway.need.level-3",
                            Set.of(QualificationKind.CACHE_LEVEL_3_DIPLOMA,
                                    QualificationKind.APPRENTICESHIP_LEVEL_3)))),
            Stage.SENIOR_SUPPORT_WORKER, new StepUp(Stage.ASSISTANT_PRACTITIONER, 12, List.of(
                    new QualificationNeed("competence.pathway.need.level-5",
                            Set.of(QualificationKind.APPRENTICESHIP_LEVEL_5, QualificationKind.FOUNDATION_DEGREE)))),
            Stage.ASSISTANT_PRACTITIONER, new StepUp(Stage.SUPPORT_WORKER_LEAD, 24, List.of(
                    new QualificationNeed("competence.pathway.need.level-5",
                            Set.of(QualificationKind.APPRENTICESHIP_LEVEL_5, QualificationKind.FOUNDATION_DEGREE)))));

    private CareerPathway() {
    }

    /** Empty when there is no next stage on the framework (a support worker lead). */
    public static Optional<Checklist> forNextStage(Stage current, LocalDate stageSince, Collection<Statement> catalogue,
            Set<String> heldInDate, Set<QualificationKind> qualificationsAchieved, LocalDate today) {
        StepUp step = STEPS.get(current);
        if (step == null) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (Statement s : catalogue) {
            if (s.expectedAt(step.next())) {
                boolean held = heldInDate.contains(s.code());
                items.add(new Item(Kind.COMPETENCY, s.code() + " " + s.title(), held,
                        Messages.text(held ? "competence.pathway.held" : "competence.pathway.not-held")));
            }
        }
        for (QualificationNeed need : step.qualifications()) {
            Optional<QualificationKind> achieved = need.anyOf().stream().filter(qualificationsAchieved::contains)
                    .sorted().findFirst();
            items.add(new Item(Kind.QUALIFICATION, Messages.text(need.description()), achieved.isPresent(),
                    achieved.map(kind -> Messages.text("competence.pathway.achieved", kind.title()))
                            .orElseGet(() -> Messages.text("competence.pathway.not-achieved"))));
        }
        int months = stageSince == null ? 0 : (int) Period.between(stageSince, today).toTotalMonths();
        boolean enough = stageSince != null && months >= step.monthsAtCurrentStage();
        items.add(new Item(Kind.EXPERIENCE,
                Messages.text("competence.pathway.months-as." + current.name(), step.monthsAtCurrentStage()), enough,
                stageSince == null
                        ? Messages.text("competence.pathway.no-start-date")
                        : Messages.text("competence.pathway.months-so-far", months)));
        return Optional.of(new Checklist(current, step.next(), List.copyOf(items)));
    }
}
