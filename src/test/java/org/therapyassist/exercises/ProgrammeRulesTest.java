package org.therapyassist.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.therapyassist.exercises.ProgrammeRules.Dosage;
import org.therapyassist.exercises.ProgrammeRules.Limits;

class ProgrammeRulesTest {

    @Test
    void h37_aPrescriptionAboveItsOwnLimitsIsRefusedFieldByField() {
        var errors = ProgrammeRules.overLimits(new Dosage(4, 12, 20), new Limits(3, 12, 10));
        assertThat(errors).containsOnlyKeys("sets", "holdSeconds");
        assertThat(errors.get("sets")).contains("progression limit of 3");
    }

    @Test
    void aPrescriptionWithoutLimitsOrWithinThemIsFine() {
        assertThat(ProgrammeRules.overLimits(new Dosage(3, 10, null), new Limits(null, null, null))).isEmpty();
        assertThat(ProgrammeRules.overLimits(new Dosage(3, 12, 10), new Limits(3, 12, 10))).isEmpty();
    }

    @Test
    void h37_anAssistantPractitionerProgressesUpToTheLimitButNotBeyondIt() {
        Dosage now = new Dosage(2, 8, null);
        Limits limits = new Limits(3, 12, null);
        assertThat(ProgrammeRules.progressionRefusal(4, now, new Dosage(3, 12, null), limits)).isNull();
        assertThat(ProgrammeRules.progressionRefusal(4, now, new Dosage(3, 13, null), limits)).contains("up to 12");
        assertThat(ProgrammeRules.progressionRefusal(4, now, new Dosage(4, 8, null), limits)).contains("up to 3");
    }

    @Test
    void h37_withoutALimitOnlyTheTherapistChangesThatPartOfTheDose() {
        Dosage now = new Dosage(2, 8, null);
        assertThat(ProgrammeRules.progressionRefusal(4, now, new Dosage(2, 8, 5), new Limits(3, 12, null)))
                .contains("no limit for the hold");
        assertThat(ProgrammeRules.progressionRefusal(4, now, new Dosage(2, 9, null), new Limits(null, null, null)))
                .contains("no limit");
    }

    @Test
    void aSupportWorkerBelowBandFourCannotProgressAtAll() {
        assertThat(ProgrammeRules.progressionRefusal(3, new Dosage(2, 8, null), new Dosage(2, 9, null),
                new Limits(3, 12, null)))
                .contains("assistant practitioner");
    }

    @Test
    void doseReadsNaturally() {
        assertThat(Dose.describe(2, 10, 5, "Twice a day")).isEqualTo("2 sets of 10 times, hold 5 seconds, twice a day");
        assertThat(Dose.describe(null, null, null, "Every day, 10 minutes")).isEqualTo("Every day, 10 minutes");
        assertThat(Dose.describe(1, null, 20, "Once a day")).isEqualTo("1 set, hold 20 seconds, once a day");
    }
}
