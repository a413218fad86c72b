package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.competence.Development.EvidenceKind;
import org.therapyassist.competence.Development.NewSelfAssessment;
import org.therapyassist.competence.Development.Rating;

class SelfAssessmentRulesTest {

    @Test
    void aRatingWithoutEvidenceIsEnough() {
        assertThat(SelfAssessmentRules.problems(new NewSelfAssessment(Rating.DEVELOPING, null, " ", null), false))
                .isEmpty();
    }

    @Test
    void aCertificateClaimedWithoutAFileIsRefusedUnlessTheFileComesInTheSameStep() {
        var claimed = new NewSelfAssessment(Rating.CONFIDENT, EvidenceKind.CERTIFICATE, null, null);
        assertThat(SelfAssessmentRules.problems(claimed, false)).containsOnlyKeys("evidenceFile");
        assertThat(SelfAssessmentRules.problems(claimed, true)).isEmpty();
    }

    @Test
    void observedPracticeWithoutSayingWhoObservedIsRefused() {
        assertThat(SelfAssessmentRules
                .problems(new NewSelfAssessment(Rating.CONFIDENT, EvidenceKind.OBSERVED_PRACTICE, "", null), false))
                .containsEntry("evidenceNote", "Say who observed you, when, and what they saw");
    }

    @Test
    void evidenceOfNoKindAndNoRatingAreBothNamed() {
        assertThat(SelfAssessmentRules.problems(new NewSelfAssessment(null, null, "a note", UUID.randomUUID()), false))
                .containsOnlyKeys("rating", "evidenceKind");
    }

    @Test
    void aNoteOver1000CharactersIsRefused() {
        assertThat(SelfAssessmentRules.problems(
                new NewSelfAssessment(Rating.NOT_YET, EvidenceKind.NOTE, "x".repeat(1001), null), false))
                .containsOnlyKeys("evidenceNote");
    }
}
