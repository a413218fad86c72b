package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffMember;

class SignOffRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static StaffMember person(JobRole role, String hcpc) {
        return new StaffMember(UUID.randomUUID(), UUID.randomUUID(), null, null, "A", "B", role, 6, hcpc, null);
    }

    @Test
    void nobodySignsOffTheirOwnCompetency() {
        StaffMember pt = person(JobRole.PHYSIOTHERAPIST, "PH123456");
        assertThatThrownBy(() -> SignOffRules.requireAssessor(pt, pt))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("signoff.own-competency"));
    }

    @Test
    void onlyARegisteredProfessionalSignsOffSoCompetenceIsNeverSelfDeclaredByPeers() {
        StaffMember ap = person(JobRole.ASSISTANT_PRACTITIONER, null);
        assertThatThrownBy(() -> SignOffRules.requireAssessor(ap, person(JobRole.SUPPORT_WORKER, null)))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("signoff.assessor-not-registered"));
        SignOffRules.requireAssessor(person(JobRole.OCCUPATIONAL_THERAPIST, "OT654321"),
                person(JobRole.SUPPORT_WORKER, null));
    }

    @Test
    void expiryDefaultsToTheCompetencysValidityAndCannotExceedIt() {
        assertThat(SignOffRules.expiry(TODAY, null, 12, TODAY)).isEqualTo(TODAY.plusMonths(12));
        assertThat(SignOffRules.expiry(TODAY, TODAY.plusMonths(6), 12, TODAY)).isEqualTo(TODAY.plusMonths(6));
        assertThatThrownBy(() -> SignOffRules.expiry(TODAY, TODAY.plusMonths(13), 12, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("expiresOn"));
        assertThatThrownBy(() -> SignOffRules.expiry(TODAY, TODAY, 12, TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSignOffCannotBeDatedInTheFutureOrLongAgo() {
        assertThatThrownBy(() -> SignOffRules.expiry(TODAY.plusDays(1), null, 12, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("signedOn"));
        assertThatThrownBy(() -> SignOffRules.expiry(TODAY.minusDays(91), null, 12, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(SignOffRules.expiry(TODAY.minusDays(90), null, 12, TODAY))
                .isEqualTo(TODAY.minusDays(90).plusMonths(12));
    }

    @Test
    void aRevokedSignOffNeverCountsAsInDate() {
        var revoked = new CompetencySignOff(UUID.randomUUID(), UUID.randomUUID(), "3.06", "Hoist", UUID.randomUUID(),
                "A",
                TODAY.minusMonths(1), TODAY.plusMonths(11), "OBSERVED", Instant.now(),
                "Unsafe practice seen");
        assertThat(revoked.inDateOn(TODAY)).isFalse();
        assertThat(CompetencyCheck.of(Set.of("3.06"), List.of(revoked), TODAY).passes()).isFalse();
    }
}
