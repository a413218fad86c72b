package org.therapyassist.development.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.competence.CompetencySignOff;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffMember;

/** What the staff page offers, decided on the server from the same rules the actions enforce. */
class StaffPageActionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static StaffMember person(JobRole role) {
        return new StaffMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Stroke ward", "Test",
                role.name(), role, 3, role.registered() ? "PH123456" : null, null);
    }

    static CurrentUser user(StaffMember p) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.jobRole().roles());
        return new CurrentUser(p.id(), p.organisationId(), p.teamId(), "test", p.displayName(), p.jobRole().title(),
                p.band(), p.stage().orElse(null), roles);
    }

    static CompetencySignOff signOff(LocalDate expiresOn) {
        return new CompetencySignOff(UUID.randomUUID(), UUID.randomUUID(), "3.07", "TUG", UUID.randomUUID(), "Pat",
                expiresOn.minusYears(2), expiresOn);
    }

    final StaffMember worker = person(JobRole.SUPPORT_WORKER);
    final StaffMember physio = person(JobRole.PHYSIOTHERAPIST);
    final StaffMember colleague = person(JobRole.SENIOR_SUPPORT_WORKER);

    @Test
    void aSupportWorkerIsNotOfferedToSignOffOrSuperviseAColleagueNorToSeeTheirDevelopmentRecord() {
        StaffActions can = StaffActions.of(user(colleague), worker);
        assertThat(can.assess()).isFalse();
        assertThat(can.supervise()).isFalse();
        assertThat(can.seeDevelopment()).isFalse();
        assertThat(can.requestSignOff()).isFalse();
        assertThat(can.thank()).isTrue();
    }

    @Test
    void aRegistrantAssessesAndSupervisesOthersButNobodyAssessesOrThanksThemselves() {
        StaffActions forWorker = StaffActions.of(user(physio), worker);
        assertThat(forWorker.assess()).isTrue();
        assertThat(forWorker.supervise()).isTrue();
        assertThat(forWorker.seeDevelopment()).isTrue();

        StaffActions own = StaffActions.of(user(worker), worker);
        assertThat(own.assess()).isFalse();
        assertThat(own.thank()).isFalse();
        assertThat(own.requestSignOff()).isTrue();
        assertThat(own.seeDevelopment()).isTrue();
        // A registrant's own page: nothing to sign off, nothing to ask for.
        assertThat(StaffActions.of(user(physio), physio).requestSignOff()).isFalse();
    }

    @Test
    void anExpiredSignOffIsShownExpiredAndIsNotOfferedForWithdrawalAsIfInDate() {
        StaffActions assessor = StaffActions.of(user(physio), worker);
        SignOffLines.SignOff expired = SignOffLines.SignOff.of(signOff(TODAY.minusDays(1)), TODAY, assessor);
        assertThat(expired.expired()).isTrue();
        assertThat(expired.dueSoon()).isFalse();
        assertThat(expired.withdraw()).isFalse();

        SignOffLines.SignOff dueSoon = SignOffLines.SignOff.of(signOff(TODAY.plusDays(59)), TODAY, assessor);
        assertThat(dueSoon.expired()).isFalse();
        assertThat(dueSoon.dueSoon()).isTrue();
        assertThat(dueSoon.withdraw()).isTrue();

        SignOffLines.SignOff inDate = SignOffLines.SignOff.of(signOff(TODAY.plusDays(60)), TODAY, assessor);
        assertThat(inDate.dueSoon()).isFalse();
        assertThat(SignOffLines.SignOff.of(signOff(TODAY.plusDays(60)), TODAY, StaffActions.of(user(colleague), worker))
                .withdraw()).as("only an assessor withdraws").isFalse();
    }

    @Test
    void aWithdrawnSignOffIsNeitherExpiredNorDueSoonNorWithdrawnAgain() {
        CompetencySignOff s = signOff(TODAY.plusDays(10));
        CompetencySignOff withdrawn = new CompetencySignOff(s.id(), s.staffId(), s.competencyCode(),
                s.competencyTitle(), s.assessorId(), s.assessorName(), s.signedOn(), s.expiresOn(), "OBSERVED",
                Instant.parse("2026-12-01T10:00:00Z"), "Unsafe practice observed");
        SignOffLines.SignOff line = SignOffLines.SignOff.of(withdrawn, TODAY, StaffActions.of(user(physio), worker));
        assertThat(line.expired()).isFalse();
        assertThat(line.dueSoon()).isFalse();
        assertThat(line.withdraw()).isFalse();
    }

    @Test
    void onlyALeadOtherThanThePersonReviewsAPdpOrAgreesLearningTime() {
        StaffMember lead = person(JobRole.SUPPORT_WORKER_LEAD);
        assertThat(PdpActions.of(user(lead), worker.id(), true)).isEqualTo(new PdpActions(true, true));
        assertThat(PdpActions.of(user(lead), worker.id(), false)).isEqualTo(new PdpActions(false, true));
        assertThat(PdpActions.of(user(lead), lead.id(), true)).isEqualTo(new PdpActions(false, false));
        assertThat(PdpActions.of(user(colleague), worker.id(), true)).isEqualTo(new PdpActions(false, false));
        assertThat(Stage.SUPPORT_WORKER_LEAD).isEqualTo(lead.stage().orElseThrow());
    }
}
