package org.therapyassist.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.induction.InductionRules.ItemKind;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.Leads;
import org.therapyassist.staff.StaffMember;

class InductionRulesTest {

    static StaffMember person(JobRole role, int band, String hcpc) {
        return new StaffMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Stroke ward", "Test",
                role.name(),
                role, band, hcpc, null);
    }

    final StaffMember newStarter = person(JobRole.SUPPORT_WORKER, 2, null);
    final StaffMember physio = person(JobRole.PHYSIOTHERAPIST, 6, "PH123456");
    final StaffMember assistantPractitioner = person(JobRole.ASSISTANT_PRACTITIONER, 4, null);
    final StaffMember supportWorkerLead = person(JobRole.SUPPORT_WORKER_LEAD, 5, null);

    @Test
    void aNewStarterCannotSignOffTheirOwnCareCertificateStandard() {
        assertThatThrownBy(() -> InductionRules.requireSignOff(newStarter, true, newStarter, ItemKind.CARE_CERTIFICATE))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("induction.own-item"));
        // Not even a registrant can sign off their own induction.
        assertThatThrownBy(() -> InductionRules.requireSignOff(physio, false, physio, ItemKind.LOCAL))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anUnnamedSupportWorkerCannotAssessCareCertificate() {
        assertThatThrownBy(() -> InductionRules.requireSignOff(assistantPractitioner, false, newStarter,
                ItemKind.CARE_CERTIFICATE))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.code()).isEqualTo("induction.not-an-assessor"));
        assertThatThrownBy(
                () -> InductionRules.requireSignOff(supportWorkerLead, false, newStarter, ItemKind.CARE_CERTIFICATE))
                .isInstanceOf(NotAllowedException.class);
        assertThat(InductionRules.maySignOff(assistantPractitioner, false, newStarter, ItemKind.CARE_CERTIFICATE))
                .isFalse();
    }

    @Test
    void aNamedAssessorMaySignOffCareCertificateStandardsOfSomeoneElse() {
        assertThatCode(
                () -> InductionRules.requireSignOff(assistantPractitioner, true, newStarter, ItemKind.CARE_CERTIFICATE))
                .doesNotThrowAnyException();
    }

    @Test
    void aRegisteredProfessionalMaySignOffAnyItemWithoutBeingNamed() {
        assertThat(InductionRules.maySignOff(physio, false, newStarter, ItemKind.CARE_CERTIFICATE)).isTrue();
        assertThat(InductionRules.maySignOff(physio, false, newStarter, ItemKind.LOCAL)).isTrue();
    }

    @Test
    void anUnnamedSupportWorkerCannotSignOffLocalItemsButTheSupportWorkerLeadCan() {
        assertThat(InductionRules.maySignOff(assistantPractitioner, false, newStarter, ItemKind.LOCAL)).isFalse();
        assertThat(InductionRules.maySignOff(supportWorkerLead, false, newStarter, ItemKind.LOCAL)).isTrue();
    }

    @Test
    void onlyLeadsPlanInductionsAndRegisteredStaffAreNeverNamedAsAssessors() {
        // Who is a lead is the staff module's rule (Leads), the same for induction and development.
        assertThat(Leads.isLead(physio)).isTrue();
        assertThat(Leads.isLead(supportWorkerLead)).isTrue();
        assertThat(Leads.isLead(assistantPractitioner)).isFalse();
        // A therapist without a valid HCPC number is not treated as registered.
        assertThat(Leads.isLead(person(JobRole.PHYSIOTHERAPIST, 5, null))).isFalse();
        assertThatCode(() -> InductionRules.requireLead(supportWorkerLead)).doesNotThrowAnyException();
        assertThatThrownBy(() -> InductionRules.requireLead(assistantPractitioner))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> InductionRules.requireCanBeNamedAssessor(physio))
                .isInstanceOf(NotAllowedException.class);
        assertThatCode(() -> InductionRules.requireCanBeNamedAssessor(assistantPractitioner))
                .doesNotThrowAnyException();
    }
}
