package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.Stage;
import org.therapyassist.training.QualificationKind;

class CareerPathwayTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final List<Statement> CATALOGUE = List.of(
            new Statement("3.01", "Exercise programme", 3, "Clinical", Stage.SUPPORT_WORKER, 24),
            new Statement("3.04", "Stair practice", 3, "Clinical", Stage.SENIOR_SUPPORT_WORKER, 24),
            new Statement("2.05", "Caseload", 2, "Supporting", Stage.ASSISTANT_PRACTITIONER, 24));

    @Test
    void aSupportWorkerSeesWhatIsMissingForSeniorSupportWorker() {
        var checklist = CareerPathway
                .forNextStage(Stage.SUPPORT_WORKER, TODAY.minusMonths(10), CATALOGUE, Set.of("3.01"),
                        Set.of(QualificationKind.CARE_CERTIFICATE), TODAY)
                .orElseThrow();
        assertThat(checklist.next()).isEqualTo(Stage.SENIOR_SUPPORT_WORKER);
        // The assistant practitioner statement is not part of the next step.
        assertThat(checklist.items()).extracting(CareerPathway.Item::description)
                .noneMatch(d -> d.startsWith("2.05"));
        assertThat(checklist.items()).filteredOn(i -> !i.met()).extracting(CareerPathway.Item::description)
                .containsExactly("3.04 Stair practice",
                        "A level 3 diploma or senior healthcare support worker apprenticeship",
                        "12 months as a support worker");
        assertThat(checklist.ready()).isFalse();
        assertThat(checklist.missing()).isEqualTo(3);
    }

    @Test
    void anyOneOfTheAlternativeQualificationsMeetsTheNeed() {
        var checklist = CareerPathway.forNextStage(Stage.SENIOR_SUPPORT_WORKER, TODAY.minusMonths(13), CATALOGUE,
                Set.of("3.01", "3.04", "2.05"), Set.of(QualificationKind.FOUNDATION_DEGREE), TODAY).orElseThrow();
        assertThat(checklist.ready()).isTrue();
        assertThat(checklist.items()).filteredOn(i -> i.kind() == CareerPathway.Kind.QUALIFICATION)
                .singleElement().satisfies(i -> assertThat(i.detail()).contains("Foundation degree"));
    }

    @Test
    void unknownTimeAtStageIsNeverCountedAsEnoughExperience() {
        var checklist = CareerPathway.forNextStage(Stage.SUPPORT_WORKER, null, CATALOGUE, Set.of("3.01", "3.04"),
                Set.of(QualificationKind.CARE_CERTIFICATE, QualificationKind.CACHE_LEVEL_3_DIPLOMA), TODAY)
                .orElseThrow();
        assertThat(checklist.items()).filteredOn(i -> i.kind() == CareerPathway.Kind.EXPERIENCE)
                .singleElement().satisfies(i -> assertThat(i.met()).isFalse());
    }

    @Test
    void aSupportWorkerLeadHasNoNextStageOnTheFramework() {
        assertThat(CareerPathway.forNextStage(Stage.SUPPORT_WORKER_LEAD, TODAY, CATALOGUE, Set.of(),
                Set.<QualificationKind>of(), TODAY)).isEmpty();
    }
}
