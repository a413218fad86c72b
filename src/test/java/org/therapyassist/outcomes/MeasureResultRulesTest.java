package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;

class MeasureResultRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate BORN = LocalDate.of(1941, 3, 2);
    static final UUID RECORDER = UUID.randomUUID();

    static CurrentUser user(UUID id, Role... roles) {
        return new CurrentUser(id, UUID.randomUUID(), UUID.randomUUID(), "u", "U", "Physiotherapist", 6, null,
                Set.of(roles));
    }

    @Test
    void aMeasureIsNeverDatedInTheFutureNorBeforeThePatientWasBorn() {
        assertThat(MeasureResultRules.takenOnProblem(TODAY, TODAY, BORN)).isEmpty();
        assertThat(MeasureResultRules.takenOnProblem(TODAY.plusDays(1), TODAY, BORN)).isPresent();
        assertThat(MeasureResultRules.takenOnProblem(BORN.minusDays(1), TODAY, BORN)).isPresent();
    }

    @Test
    void everyActivityAPatientRatesOnTheirOwnScaleIsNamed() {
        Measure psfs = MeasureLibrary.require(MeasureLibrary.PSFS);
        List<BigDecimal> items = Arrays.asList(BigDecimal.valueOf(3), null, BigDecimal.valueOf(6));
        assertThat(MeasureResultRules.unnamedActivities(psfs, items, Arrays.asList("Stairs", null, "  ")))
                .containsOnlyKeys("itemLabels[2]");
        assertThat(MeasureResultRules.unnamedActivities(psfs, items, List.of("Stairs", "", "Getting out of the bath")))
                .isEmpty();
    }

    @Test
    void aFixedScaleNeedsNoActivityNames() {
        Measure berg = MeasureLibrary.require(MeasureLibrary.BERG);
        assertThat(MeasureResultRules.unnamedActivities(berg, List.of(BigDecimal.ONE), List.of())).isEmpty();
    }

    @Test
    void anActivityNameIsStoredStrippedAndAtMost200Characters() {
        assertThat(MeasureResultRules.label(List.of("  Stairs  "), 0)).isEqualTo("Stairs");
        assertThat(MeasureResultRules.label(List.of("x".repeat(250)), 0)).hasSize(200);
        assertThat(MeasureResultRules.label(List.of(), 0)).isNull();
    }

    /** Corrects a BERG result the recorder recorded, as {@code by}, to {@code key}. */
    static void correct(CurrentUser by, String reason, String key) {
        MeasureResultRules.requireCorrectable(by, reason, "BERG", RECORDER, key);
    }

    static void refusedField(Runnable correction, String field) {
        assertThatThrownBy(correction::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
    }

    @Test
    void aCorrectionSaysWhyAndKeepsToTheSameMeasure() {
        CurrentUser recorder = user(RECORDER);
        correct(recorder, "Item 14 mis-scored", "BERG");
        refusedField(() -> correct(recorder, " ", "BERG"), "reason");
        refusedField(() -> correct(recorder, "x".repeat(501), "BERG"), "reason");
        refusedField(() -> correct(recorder, "Wrong test", "TUG"), "measureKey");
    }

    @Test
    void onlyWhoeverRecordedAResultOrARegistrantCorrectsIt() {
        assertThatThrownBy(() -> correct(user(UUID.randomUUID()), "Typo", "BERG"))
                .isInstanceOf(NotAllowedException.class);
        correct(user(UUID.randomUUID(), Role.REGISTRANT), "Typo", "BERG");
    }
}
