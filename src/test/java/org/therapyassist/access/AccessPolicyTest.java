package org.therapyassist.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.access.AccessPolicy.Decision;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;

class AccessPolicyTest {

    static CurrentUser user(Role... roles) {
        Set<Role> held = Set.of(roles);
        Stage stage = held.contains(Role.SUPPORT_WORKER) ? Stage.SENIOR_SUPPORT_WORKER : null;
        return new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "u", "U", "t", 3, stage, held);
    }

    @Test
    void aSupportWorkerCannotOpenAPatientTheyHaveNoCareRelationshipWithWithoutBreakingGlass() {
        assertThat(AccessPolicy.decide(user(Role.SUPPORT_WORKER), false, false)).isEqualTo(Decision.NEEDS_BREAK_GLASS);
        assertThat(AccessPolicy.decide(user(Role.SUPPORT_WORKER), true, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(user(Role.SUPPORT_WORKER), false, true))
                .isEqualTo(Decision.ALLOWED_BY_BREAK_GLASS);
    }

    @Test
    void registrantsAndTeamLeadsOpenPatientsOfTheirOrganisation() {
        assertThat(AccessPolicy.decide(user(Role.REGISTRANT), false, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(user(Role.TEAM_LEAD, Role.REGISTRANT), false, false))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aSystemActingForTheOrganisationOpensItsPatientsAsARegistrantWould() {
        // Which organisation is the caller's (the token's ODS code); the access decision within it is this one.
        assertThat(AccessPolicy.decide(user(Role.SYSTEM), false, false)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void anAdministratorHasNoClinicalAccess() {
        assertThat(AccessPolicy.decide(user(Role.ADMIN), true, true)).isEqualTo(Decision.DENIED);
    }
}
