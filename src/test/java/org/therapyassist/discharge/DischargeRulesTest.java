package org.therapyassist.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;

class DischargeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static DischargeSummary summary(DischargeSummary.Status status, List<DischargeSummary.EquipmentLine> equipment,
            List<DischargeSummary.Discussion> discussions, String advice, String followUp) {
        return new DischargeSummary(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Joan Test", "9434765919",
                LocalDate.of(1940, 1, 1), "1 Street", "NG1 1AA", "Community rehab", "Owen", "Falls",
                TODAY.minusWeeks(6),
                null, advice, followUp, null, status, "Owen", null, null, equipment, discussions,
                new ClinicalOutcomes.Outcomes(List.of(), List.of()), List.of(), List.of(), 0);
    }

    static DischargeSummary.EquipmentLine item(String name, EquipmentPlan plan) {
        return new DischargeSummary.EquipmentLine(UUID.randomUUID(), name, TODAY.minusWeeks(3), true, plan, null);
    }

    static DischargeSummary.Discussion withFamily() {
        return new DischargeSummary.Discussion(UUID.randomUUID(), DiscussionKind.PATIENT_FAMILY, TODAY,
                "Joan and her daughter",
                "Discharge on Friday", "Owen", Instant.now());
    }

    @Test
    void aDischargeWithEquipmentStillOnLoanCannotBeSignedWithoutSayingWhatHappensToEachItem() {
        // H42
        var s = summary(DischargeSummary.Status.DRAFT, List.of(item("Walking frame", EquipmentPlan.LEAVE_WITH_PATIENT),
                item("Commode", null)), List.of(withFamily()), "Keep walking daily", "None needed");
        assertThatThrownBy(() -> DischargeRules.requireSignable(s)).isInstanceOfSatisfying(RefusedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("discharge.equipment-without-plan");
                    assertThat(e.getMessage()).contains("Commode").doesNotContain("Walking frame");
                });
        var returned = new DischargeSummary.EquipmentLine(UUID.randomUUID(), "Perching stool", TODAY, false, null,
                null);
        DischargeRules.requireSignable(summary(DischargeSummary.Status.DRAFT,
                List.of(item("Commode", EquipmentPlan.COLLECT), returned), List.of(withFamily()), "Advice",
                "Follow-up"));
    }

    @Test
    void aDischargeCannotBeSignedWhileTasksAreStillDelegatedForTheEpisode() {
        var s = summary(DischargeSummary.Status.DRAFT, List.of(), List.of(withFamily()), "Advice", "Follow-up");
        var withTask = new DischargeSummary(s.id(), s.episodeId(), s.patientId(), s.patientName(), s.nhsNumber(),
                s.dateOfBirth(),
                s.address(), s.postcode(), s.teamName(), s.leadTherapistName(), s.referralReason(), s.openedOn(),
                s.closedOn(),
                s.adviceGiven(), s.followUp(), s.gpName(), s.status(), s.createdByName(), null, null, s.equipment(),
                s.discussions(), s.outcomes(), s.amendments(), List.of("Exercise programme (Hannah Caldwell)"), 0);
        assertThatThrownBy(() -> DischargeRules.requireSignable(withTask))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("discharge.delegations-open");
                    assertThat(e.getMessage()).contains("Hannah Caldwell");
                });
    }

    @Test
    void aSignedSummaryCannotBeChangedOrSignedAgain() {
        // H43
        var signed = summary(DischargeSummary.Status.SIGNED, List.of(), List.of(withFamily()), "Advice", "Follow-up");
        assertThatThrownBy(() -> DischargeRules.requireDraft(signed))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("discharge.signed"));
        assertThatThrownBy(() -> DischargeRules.requireSignable(signed)).isInstanceOf(ConflictException.class);
    }

    @Test
    void signingNeedsAdviceFollowUpAndADiscussionWithThePatientOrFamily() {
        var s = summary(DischargeSummary.Status.DRAFT, List.of(), List.of(), " ", null);
        assertThatThrownBy(() -> DischargeRules.requireSignable(s)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("adviceGiven", "followUp", "discussions"));
    }

    @Test
    void equipmentTransferredSaysWhereTo() {
        assertThatThrownBy(() -> DischargeRules.requirePlanDetails(EquipmentPlan.TRANSFER, ""))
                .isInstanceOf(InvalidInputException.class);
        DischargeRules.requirePlanDetails(EquipmentPlan.TRANSFER, "Community equipment service, Northgate");
        DischargeRules.requirePlanDetails(EquipmentPlan.COLLECT, null);
    }

    @Test
    void measuresFirstVersusLastSayBetterOrWorseTheWayEachMeasureRuns() {
        assertThat(StoredRecordOutcomes.change(18.4, 12.1, 5, true)).isEqualTo("Improved by 6.3");
        assertThat(StoredRecordOutcomes.change(6, 9, 3, false)).isEqualTo("Improved by 3");
        assertThat(StoredRecordOutcomes.change(3, 6, 3, true)).isEqualTo("Worse by 3");
        assertThat(StoredRecordOutcomes.change(5, 5, 2, true)).isEqualTo("No change");
        assertThat(StoredRecordOutcomes.change(5, 5, 1, true)).isEqualTo("Measured once");
    }
}
