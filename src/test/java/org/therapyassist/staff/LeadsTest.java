package org.therapyassist.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;

/** One rule for who is a lead, read the same from a signed-in user and from the staff directory. */
class LeadsTest {

    static StaffMember person(JobRole role, int band, String hcpc) {
        return new StaffMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Stroke ward", "Test",
                role.name(), role, band, hcpc, null);
    }

    /**
     * As the account directory signs them in: the job role's roles, without REGISTRANT if the HCPC number is not valid.
     */
    static CurrentUser user(StaffMember p) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.jobRole().roles());
        if (!p.isRegistrant()) {
            roles.remove(Role.REGISTRANT);
        }
        return new CurrentUser(p.id(), p.organisationId(), p.teamId(), "test", p.displayName(), p.jobRole().title(),
                p.band(), p.stage().orElse(null), roles);
    }

    static boolean lead(StaffMember p) {
        assertThat(Leads.isLead(user(p))).as("the signed-in user and the directory entry agree for " + p.jobRole())
                .isEqualTo(Leads.isLead(p));
        return Leads.isLead(p);
    }

    @Test
    void registeredTherapistsTeamLeadsAndTheSupportWorkerLeadAreLeads() {
        assertThat(lead(person(JobRole.PHYSIOTHERAPIST, 6, "PH123456"))).isTrue();
        assertThat(lead(person(JobRole.OCCUPATIONAL_THERAPIST, 5, "OT123456"))).isTrue();
        assertThat(lead(person(JobRole.TEAM_LEAD, 7, "PH654321"))).isTrue();
        assertThat(lead(person(JobRole.SUPPORT_WORKER_LEAD, 5, null))).isTrue();
    }

    @Test
    void aColleagueAtTheSameLevelIsNotALeadAndSoDoesNotSeeAnotherSupportWorkersDevelopmentRecord() {
        StaffMember apprentice = person(JobRole.SUPPORT_WORKER, 2, null);
        StaffMember senior = person(JobRole.SENIOR_SUPPORT_WORKER, 3, null);
        StaffMember practitioner = person(JobRole.ASSISTANT_PRACTITIONER, 4, null);
        assertThat(lead(apprentice)).isFalse();
        assertThat(lead(senior)).isFalse();
        assertThat(lead(practitioner)).isFalse();
        assertThat(lead(person(JobRole.ADMINISTRATOR, 6, null))).isFalse();
        assertThat(DevelopmentRules.maySee(user(senior), apprentice.id())).isFalse();
        assertThat(DevelopmentRules.maySee(user(apprentice), apprentice.id())).isTrue();
    }

    @Test
    void aTherapistWithoutAValidHcpcNumberIsNotTreatedAsRegisteredNorAsALead() {
        assertThat(lead(person(JobRole.PHYSIOTHERAPIST, 6, null))).isFalse();
        assertThat(lead(person(JobRole.OCCUPATIONAL_THERAPIST, 6, "OT12"))).isFalse();
    }

    @Test
    void theSupportWorkerLeadIsAJobRoleNotABand() {
        // An assistant practitioner paid at band 5 does not lead others' development; the support-worker lead does.
        assertThat(lead(person(JobRole.ASSISTANT_PRACTITIONER, 5, null))).isFalse();
        assertThat(lead(person(JobRole.SUPPORT_WORKER_LEAD, 4, null))).isTrue();
    }

    @Test
    void aTeamLeadIsALeadEvenBeforeTheirHcpcNumberIsRecorded() {
        assertThat(lead(person(JobRole.TEAM_LEAD, 7, null))).isTrue();
    }
}
