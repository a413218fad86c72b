package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.security.IdentityRules.NhsRole;
import org.therapyassist.platform.security.IdentityRules.Refusal;

/** CIS2-shaped claims to a selected role, and who the identity provider may sign in here. */
class IdentityRulesTest {

    static final UUID NORTHGATE = UUID.randomUUID();
    static final UUID ELSEWHERE = UUID.randomUUID();

    static Map<String, Object> role(String id, String org) {
        return Map.of("person_roleid", id, "org_code", org, "role_code", "S8000:G8000:R8003",
                "role_name", "\"Clinical\":\"Clinical Provision\":\"Allied Health Professional\"");
    }

    static Map<String, Object> claims(String selected, Map<?, ?>... roles) {
        return selected == null
                ? Map.of(IdentityRules.ROLES_CLAIM, List.of(roles))
                : Map.of(IdentityRules.ROLES_CLAIM, List.of(roles), IdentityRules.SELECTED_ROLE_CLAIM, selected);
    }

    static Optional<Account> account(boolean enabled, Set<Role> roles) {
        CurrentUser user = new CurrentUser(UUID.randomUUID(), NORTHGATE, null, "pt.demo", "Priya Raman",
                "Physiotherapist", 6, null, roles);
        // Locked for a while by password guessing: does not stop a smartcard sign-in.
        return Optional.of(new Account(user, "{noop}x", enabled, Instant.now().plusSeconds(600)));
    }

    @Test
    void picksTheSelectedRoleAmongSeveralWithItsOdsCode() {
        var role = IdentityRules.selectedRole(claims("555021935108", role("555021935107", "RXX"),
                role("555021935108", "zz000")));
        assertThat(role).contains(new NhsRole("555021935108", "ZZ000", "S8000:G8000:R8003",
                "\"Clinical\":\"Clinical Provision\":\"Allied Health Professional\""));
    }

    @Test
    void noSelectedRoleOrOneNotListedMeansNoRole() {
        assertThat(IdentityRules.selectedRole(claims(null, role("555021935107", "ZZ000")))).isEmpty();
        assertThat(IdentityRules.selectedRole(claims("999", role("555021935107", "ZZ000")))).isEmpty();
        assertThat(IdentityRules.selectedRole(Map.of(IdentityRules.SELECTED_ROLE_CLAIM, "1"))).isEmpty();
        assertThat(IdentityRules.selectedRole(Map.of(IdentityRules.ROLES_CLAIM, "not a list",
                IdentityRules.SELECTED_ROLE_CLAIM, "1"))).isEmpty();
        assertThat(IdentityRules.selectedRole(claims("1", Map.of("person_roleid", "1")))).isEmpty();
    }

    @Test
    void h64_aSelectedRoleAtAnotherOrganisationIsRefused() {
        var role = Optional.of(new NhsRole("1", "RXX", null, null));
        assertThat(IdentityRules.refusal(account(true, Set.of(Role.REGISTRANT)), true, role, ELSEWHERE))
                .contains(Refusal.OTHER_ORGANISATION);
        // An ODS code this service does not have at all is refused the same way.
        assertThat(IdentityRules.refusal(account(true, Set.of(Role.REGISTRANT)), true, role, null))
                .contains(Refusal.OTHER_ORGANISATION);
        // Even where the role claim is optional, a role that is there must match.
        assertThat(IdentityRules.refusal(account(true, Set.of(Role.REGISTRANT)), false, role, ELSEWHERE))
                .contains(Refusal.OTHER_ORGANISATION);
    }

    @Test
    void aPersonWithoutAStaffRecordOrWithADisabledOneIsRefused() {
        var role = Optional.of(new NhsRole("1", "ZZ000", null, null));
        assertThat(IdentityRules.refusal(Optional.empty(), true, role, NORTHGATE)).contains(Refusal.NO_STAFF_RECORD);
        assertThat(IdentityRules.refusal(account(false, Set.of(Role.REGISTRANT)), true, role, NORTHGATE))
                .contains(Refusal.ACCOUNT_DISABLED);
    }

    @Test
    void cis2WithoutASelectedRoleIsRefusedAndAProviderWithoutRoleClaimsIsNotWhenConfiguredSo() {
        assertThat(IdentityRules.refusal(account(true, Set.of(Role.REGISTRANT)), true, Optional.empty(), null))
                .contains(Refusal.NO_ROLE_SELECTED);
        assertThat(IdentityRules.refusal(account(true, Set.of(Role.REGISTRANT)), false, Optional.empty(), null))
                .isEmpty();
    }

    @Test
    void h66_theRoleClaimGrantsNothingTheStaffRecordDoesNotHold() {
        // A support worker whose smartcard role says "Allied Health Professional" signs in as a support worker.
        var account = account(true, Set.of(Role.SUPPORT_WORKER));
        var role = IdentityRules.selectedRole(claims("1", role("1", "ZZ000")));
        assertThat(IdentityRules.refusal(account, true, role, NORTHGATE)).isEmpty();
        var principal = new OidcStaffPrincipal(account.get().user(), null, null);
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SUPPORT_WORKER");
    }

    @Test
    void refusalCodesRoundTripForThePage() {
        for (Refusal r : Refusal.values()) {
            assertThat(Refusal.ofCode(r.code())).contains(r);
        }
        assertThat(Refusal.ofCode("<script>")).isEmpty();
    }
}
