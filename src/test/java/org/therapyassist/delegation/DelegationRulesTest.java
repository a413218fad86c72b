package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.competence.CompetencyCheck;
import org.therapyassist.competence.CompetencySignOff;
import org.therapyassist.delegation.DelegationRules.Refusal;
import org.therapyassist.delegation.Enums.Consent;
import org.therapyassist.platform.Stage;

class DelegationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final TaskType HOIST = new TaskType("HOIST_TRANSFER", "Hoist transfer", "BOTH", Stage.SUPPORT_WORKER, "HIGH",
            null, Set.of("3.06", "5.01"));
    static final TaskType STAIRS = new TaskType("STAIR_PRACTICE", "Stair practice", "PT", Stage.SENIOR_SUPPORT_WORKER,
            "HIGH", null, Set.of("3.04"));

    static CompetencyCheck holding(TaskType task, LocalDate expires) {
        return CompetencyCheck.of(task.requiredCompetencies(), task.requiredCompetencies().stream()
                .map(c -> new CompetencySignOff(UUID.randomUUID(), UUID.randomUUID(), c, c, UUID.randomUUID(), "A",
                        expires.minusYears(1), expires))
                .toList(), TODAY);
    }

    static Optional<Refusal> decide(boolean registered, Consent consent, Stage stage, TaskType task,
            CompetencyCheck check) {
        return DelegationRules.refusal(registered, consent, null, worker(stage), task, check);
    }

    static DelegationRules.Worker worker(Stage stage) {
        return new DelegationRules.Worker("Sam Whitaker", Optional.ofNullable(stage),
                Map.of("3.06", "Hoist transfer with the correct sling", "5.01", "Moving and positioning"));
    }

    @Test
    void allowsACompetentWorkerAtTheRightStageWithConsent() {
        assertThat(decide(true, Consent.GIVEN, Stage.SUPPORT_WORKER, HOIST, holding(HOIST, TODAY.plusMonths(6))))
                .isEmpty();
    }

    @Test
    void refusesDelegationToAWorkerWithoutAnInDateCompetency() {
        var refusal = decide(true, Consent.GIVEN, Stage.SUPPORT_WORKER, HOIST, holding(HOIST, TODAY.minusDays(1)));
        assertThat(refusal).map(Refusal::code).contains("delegation.competency-expired");
        // Plain words: the worker by name, the competency by its title, the date as people write it.
        assertThat(refusal.get().message()).isEqualTo("Sam Whitaker's sign-off for competency 3.06 Hoist transfer "
                + "with the correct sling expired on 22 Nov 2026. It must be renewed before this task can be delegated "
                + "to them.");
    }

    @Test
    void refusesDelegationToAWorkerWhoHasNeverBeenSignedOff() {
        var refusal = decide(true, Consent.GIVEN, Stage.SUPPORT_WORKER, HOIST,
                CompetencyCheck.of(HOIST.requiredCompetencies(), List.of(), TODAY));
        assertThat(refusal).map(Refusal::code).contains("delegation.not-competent");
        assertThat(refusal.get().message()).isEqualTo("Sam Whitaker has no sign-off for competency 3.06 Hoist "
                + "transfer with the correct sling and 5.01 Moving and positioning, which hoist transfer needs.");
    }

    @Test
    void refusesDelegationAboveTheWorkersStage() {
        var refusal = decide(true, Consent.GIVEN, Stage.SUPPORT_WORKER, STAIRS, holding(STAIRS, TODAY.plusMonths(6)));
        assertThat(refusal).map(Refusal::code).contains("delegation.stage-too-low");
        assertThat(refusal.get().message()).endsWith("; Sam Whitaker is a support worker.");
    }

    @Test
    void refusesDelegationWithoutRecordedConsent() {
        assertThat(decide(true, null, Stage.SUPPORT_WORKER, HOIST, holding(HOIST, TODAY.plusMonths(6))))
                .map(Refusal::code).contains("delegation.no-consent");
        assertThat(decide(true, Consent.NOT_RECORDED, Stage.SUPPORT_WORKER, HOIST, holding(HOIST, TODAY.plusMonths(6))))
                .map(Refusal::code).contains("delegation.no-consent");
    }

    @Test
    void refusesABestInterestDecisionThatSaysWhereItIsRecorded() {
        assertThat(DelegationRules.refusal(true, Consent.BEST_INTEREST, " ", worker(Stage.SUPPORT_WORKER), HOIST,
                holding(HOIST, TODAY.plusMonths(6)))).map(Refusal::code).contains("delegation.no-consent");
        assertThat(DelegationRules.refusal(true, Consent.BEST_INTEREST, "MCA form in notes, 20 Nov",
                worker(Stage.SUPPORT_WORKER),
                HOIST, holding(HOIST, TODAY.plusMonths(6)))).isEmpty();
    }

    @Test
    void refusesDelegationBySomeoneWhoIsNotRegistered() {
        assertThat(decide(false, Consent.GIVEN, Stage.SUPPORT_WORKER, HOIST, holding(HOIST, TODAY.plusMonths(6))))
                .map(Refusal::code).contains("delegation.delegator-not-registered");
    }

    @Test
    void refusesDelegationToARegisteredColleagueAsIfTheyWereASupportWorker() {
        assertThat(decide(true, Consent.GIVEN, null, HOIST, holding(HOIST, TODAY.plusMonths(6))))
                .map(Refusal::code).contains("delegation.not-support-worker");
    }

    @Test
    void acceptsDatesThatStartTodayAndAreReviewedWithinSixMonths() {
        assertThat(DelegationRules.dateProblems(TODAY, TODAY.plusMonths(6), TODAY.plusMonths(3), TODAY)).isEmpty();
    }

    @Test
    void refusesADelegationThatRunsLongerThanSixMonthsWithoutAFreshDecision() {
        assertThat(DelegationRules.dateProblems(TODAY, TODAY.plusMonths(6).plusDays(1), TODAY.plusMonths(3), TODAY))
                .containsOnlyKeys("endsOn");
    }

    @Test
    void refusesAReviewThatFallsOutsideTheDelegation() {
        assertThat(DelegationRules.dateProblems(TODAY.plusDays(2), TODAY.plusMonths(1), TODAY.plusDays(1), TODAY))
                .containsOnlyKeys("reviewOn");
        assertThat(DelegationRules.dateProblems(TODAY, TODAY.plusMonths(1), TODAY.plusMonths(2), TODAY))
                .containsOnlyKeys("reviewOn");
    }

    @Test
    void refusesABackdatedDelegation() {
        assertThat(DelegationRules.dateProblems(TODAY.minusDays(1), TODAY.plusMonths(1), TODAY.plusDays(7), TODAY))
                .containsOnlyKeys("startsOn");
    }

    @Test
    void refusesADelegationThatEndsBeforeItStarts() {
        assertThat(DelegationRules.dateProblems(TODAY.plusDays(10), TODAY.plusDays(5), TODAY.plusDays(5), TODAY))
                .containsOnly(entry("endsOn", "End date must be on or after the start date"),
                        entry("reviewOn", "Review date must be on or after the start date"));
    }
}
