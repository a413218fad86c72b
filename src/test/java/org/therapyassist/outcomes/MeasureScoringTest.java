package org.therapyassist.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.therapyassist.outcomes.MeasureScoring.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.Measure.Tone;
import org.therapyassist.outcomes.MeasureScoring.Context;
import org.therapyassist.platform.InvalidInputException;

class MeasureScoringTest {

    private static Score score(String key, List<BigDecimal> v) {
        return MeasureScoring.score(MeasureLibrary.require(key), v, Context.NONE);
    }

    private static List<BigDecimal> berg(int each, int last) {
        List<BigDecimal> v = new ArrayList<>(Collections.nCopies(13, BigDecimal.valueOf(each)));
        v.add(BigDecimal.valueOf(last));
        return v;
    }

    @Test
    void timedUpAndGoOf12SecondsOrMoreIsARaisedFallsRisk() {
        assertThat(score("TUG", values(9.9)).interpretation()).startsWith("Typical");
        assertThat(score("TUG", values(10.0)).interpretation()).startsWith("Slower than typical");
        assertThat(score("TUG", values(11.9)).tone()).isEqualTo(Tone.CAUTION);
        assertThat(score("TUG", values(12.0)).interpretation()).startsWith("Raised risk of falls");
        assertThat(score("TUG", values(12.0)).tone()).isEqualTo(Tone.CONCERN);
        assertThat(score("TUG", values(14.3)).value()).isEqualByComparingTo("14.3");
    }

    @Test
    void chairStandUsesAgeAndSexNorms() {
        Measure m = MeasureLibrary.require("CHAIR_STAND_30S");
        assertThat(MeasureScoring.score(m, values(11), new Context(67, NormGroup.MEN)).interpretation())
                .startsWith("Below average for men aged 65 to 69 (under 12)");
        assertThat(MeasureScoring.score(m, values(12), new Context(67, NormGroup.MEN)).interpretation())
                .startsWith("Average or above");
        assertThat(MeasureScoring.score(m, values(11), new Context(67, NormGroup.WOMEN)).interpretation())
                .startsWith("Average or above for women aged 65 to 69");
        assertThat(MeasureScoring.score(m, values(10), new Context(66, NormGroup.WOMEN)).interpretation())
                .startsWith("Below average");
        assertThat(MeasureScoring.score(m, values(9), new Context(82, NormGroup.MEN)).interpretation())
                .startsWith("Below average for men aged 80 to 84 (under 10)");
        assertThat(MeasureScoring.score(m, values(9), new Context(82, NormGroup.WOMEN)).interpretation())
                .startsWith("Average or above for women aged 80 to 84 (9 or more)");
        assertThat(MeasureScoring.score(m, values(8), new Context(82, NormGroup.WOMEN)).tone()).isEqualTo(Tone.CONCERN);
    }

    @Test
    void chairStandWithoutANormSaysSo() {
        Measure m = MeasureLibrary.require("CHAIR_STAND_30S");
        assertThat(MeasureScoring.score(m, values(8), new Context(45, NormGroup.MEN)).interpretation())
                .contains("under age 60");
        assertThat(MeasureScoring.score(m, values(8), new Context(70, null)).interpretation())
                .contains("No norm chosen");
        assertThat(ChairStandNorms.belowAverageUnder(99, NormGroup.WOMEN)).contains(4);
    }

    @Test
    void bergBalanceScaleSumsFourteenItemsIntoFallsRiskBands() {
        assertThat(score("BERG", berg(4, 4)).value()).isEqualByComparingTo("56");
        assertThat(score("BERG", berg(0, 0)).interpretation()).startsWith("High risk");
        assertThat(score("BERG", berg(1, 7 - 6)).value()).isEqualByComparingTo("14");
        // 13 x 3 = 39, + 1 = 40: still medium; + 2 = 41: low.
        assertThat(score("BERG", berg(3, 1)).interpretation()).startsWith("Medium risk");
        assertThat(score("BERG", berg(3, 2)).interpretation()).startsWith("Low risk");
        // 13 x 1 + 4 = 17; 13 x 1 + 4 + ... boundary 20/21
        List<BigDecimal> twenty = values(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0);
        assertThat(score("BERG", twenty).interpretation()).startsWith("High risk");
        List<BigDecimal> twentyOne = values(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 0, 0, 0);
        assertThat(score("BERG", twentyOne).interpretation()).startsWith("Medium risk");
    }

    @Test
    void bergRefusesAnItemOutsideZeroToFourNamingTheItem() {
        List<BigDecimal> v = berg(3, 3);
        v.set(4, BigDecimal.valueOf(5));
        assertThatThrownBy(() -> score("BERG", v)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("items[4]", "Transfers must be between 0 and 4"));
    }

    @Test
    void bergRefusesAMissingItem() {
        List<BigDecimal> v = berg(3, 3);
        v.set(13, null);
        assertThatThrownBy(() -> score("BERG", v)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("items[13]", "Enter a score for Standing on one leg"));
    }

    @Test
    void tenMetreWalkSpeedIsTenOverSecondsWithCommunityBands() {
        assertThat(score("WALK_10M", values(12.5)).value()).isEqualByComparingTo("0.80");
        assertThat(score("WALK_10M", values(12.5)).interpretation()).startsWith("Limited community");
        assertThat(score("WALK_10M", values(8.0)).value()).isEqualByComparingTo("1.25");
        assertThat(score("WALK_10M", values(8.0)).interpretation()).startsWith("Community walker");
        assertThat(score("WALK_10M", values(25.0)).value()).isEqualByComparingTo("0.40");
        assertThat(score("WALK_10M", values(25.0)).interpretation()).startsWith("Limited community");
        assertThat(score("WALK_10M", values(30.0)).value()).isEqualByComparingTo("0.33");
        assertThat(score("WALK_10M", values(30.0)).interpretation()).startsWith("Household");
    }

    @Test
    void sixMinuteWalkIsMetresWithoutBands() {
        Score s = score("WALK_6MIN", values(320));
        assertThat(s.value()).isEqualByComparingTo("320");
        assertThat(s.interpretation()).isNull();
        assertThatThrownBy(() -> score("WALK_6MIN", values(1200))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void elderlyMobilityScaleTotalsTwentyWithPublishedBands() {
        assertThat(score("EMS", values(2, 2, 3, 3, 3, 3, 4)).value()).isEqualByComparingTo("20");
        assertThat(score("EMS", values(2, 2, 3, 3, 3, 3, 4)).interpretation()).startsWith("Independent");
        assertThat(score("EMS", values(2, 2, 2, 2, 2, 2, 2)).value()).isEqualByComparingTo("14");
        assertThat(score("EMS", values(2, 2, 2, 2, 2, 2, 2)).interpretation()).startsWith("Independent");
        assertThat(score("EMS", values(2, 2, 2, 2, 2, 2, 0)).interpretation()).startsWith("Borderline");
        assertThat(score("EMS", values(1, 1, 2, 2, 2, 2, 0)).interpretation()).startsWith("Borderline");
        assertThat(score("EMS", values(1, 1, 1, 2, 2, 2, 0)).interpretation()).startsWith("Dependent");
    }

    @Test
    void elderlyMobilityScaleFunctionalReachOnlyTakesZeroTwoOrFour() {
        assertThatThrownBy(() -> score("EMS", values(2, 2, 3, 3, 3, 3, 3))).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("items[6]", "Functional reach must be one of 0, 2, 4"));
        assertThatThrownBy(() -> score("EMS", values(3, 2, 3, 3, 3, 3, 4))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void numericPainRatingIsZeroToTenWholeNumbers() {
        assertThat(score("PAIN_NRS", values(0)).interpretation()).isEqualTo("No pain");
        assertThat(score("PAIN_NRS", values(3)).interpretation()).startsWith("Mild");
        assertThat(score("PAIN_NRS", values(6)).interpretation()).startsWith("Moderate");
        assertThat(score("PAIN_NRS", values(7)).interpretation()).startsWith("Severe");
        assertThatThrownBy(() -> score("PAIN_NRS", values(11))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("items[0]")).contains("between 0 and 10"));
        assertThatThrownBy(() -> score("PAIN_NRS", values(4.5))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("items[0]")).contains("whole number"));
    }

    @Test
    void patientSpecificFunctionalScaleIsTheMeanOfTheActivitiesRated() {
        assertThat(score("PSFS", values(3, 4, 6, null, null)).value()).isEqualByComparingTo("4.3");
        assertThat(score("PSFS", values(5)).value()).isEqualByComparingTo("5.0");
        assertThat(score("PSFS", values(2, 3)).value()).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> score("PSFS", values(null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> score("PSFS", values(1, 2, 3, 4, 5, 6))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void timedMeasuresAcceptOneDecimalPlaceOnly() {
        assertThatThrownBy(() -> score("TUG", values(12.25))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("items[0]")).contains("at most 1 decimal place"));
        assertThatThrownBy(() -> score("TUG", values(0.5))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noLicensedMeasureIsEmbedded() {
        assertThat(MeasureLibrary.all()).extracting(Measure::name)
                .noneMatch(n -> n.matches("(?i).*(barthel|fim|functional independence|copm|eq-5d|oxford|moca).*"));
    }

    @Test
    void codesAreOnlyGivenWithTheirSystem() {
        MeasureLibrary.all().forEach(m -> assertThat(m.code() == null).isEqualTo(m.codeSystem() == null));
        assertThat(MeasureLibrary.require("TUG").code()).isEqualTo("444781002");
        assertThat(MeasureLibrary.require("CHAIR_STAND_30S").code()).isEqualTo("450736002");
        assertThat(MeasureLibrary.require("PAIN_NRS").code()).isEqualTo("1284852002");
    }
}
