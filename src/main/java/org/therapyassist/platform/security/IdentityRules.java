package org.therapyassist.platform.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.therapyassist.platform.AccountDirectory.Account;

/**
 * Whether a person the identity provider vouches for becomes a signed-in member of staff. The provider says who the
 * person is and, with CIS2, which of their NHS roles they chose ({@code selected_roleid} among
 * {@code nhsid_nrbac_roles}) at which organisation (ODS code); what they may do here comes from their staff record
 * (job role, HCPC number, band, team), never from the token: a role claim is the provider's view of a national
 * role, not this service's decision on who may delegate, countersign or see the audit trail (hazard H66).
 */
final class IdentityRules {

    static final String ROLES_CLAIM = "nhsid_nrbac_roles";
    static final String SELECTED_ROLE_CLAIM = "selected_roleid";

    private IdentityRules() {
    }

    /** One of the person's NHS roles, as CIS2 lists them. */
    record NhsRole(String personRoleId, String orgCode, String roleCode, String roleName) {
    }

    /** Why a person is not let in; each has its own page text (who to ask). */
    enum Refusal {
        NO_USERNAME, NO_ROLE_SELECTED, NO_STAFF_RECORD, ACCOUNT_DISABLED, OTHER_ORGANISATION;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Refusal> ofCode(String code) {
            for (Refusal r : values()) {
                if (r.code().equals(code)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The role the person selected: the entry of {@code nhsid_nrbac_roles} whose {@code person_roleid} is
     * {@code selected_roleid}. Nothing when either claim is missing or they do not match: a token that lists roles
     * but selected none of them (or one not listed) says nothing about where the person works today.
     */
    static Optional<NhsRole> selectedRole(Map<String, Object> claims) {
        Object selected = claims.get(SELECTED_ROLE_CLAIM);
        if (!(claims.get(ROLES_CLAIM) instanceof List<?> roles) || selected == null) {
            return Optional.empty();
        }
        String selectedId = selected.toString().strip();
        for (Object entry : roles) {
            if (entry instanceof Map<?, ?> role && selectedId.equals(text(role.get("person_roleid")))) {
                String org = text(role.get("org_code"));
                if (org == null) {
                    return Optional.empty();
                }
                return Optional.of(new NhsRole(selectedId, org.toUpperCase(Locale.ROOT),
                        text(role.get("role_code")), text(role.get("role_name"))));
            }
        }
        return Optional.empty();
    }

    /**
     * Who may come in: a staff record exists and is enabled, and when the token carries a selected NHS role (always,
     * when {@code roleRequired}) its organisation is the staff record's. A password lock does not refuse: it protects
     * the local password, which this sign-in does not use.
     *
     * @param roleOrganisation
     *            the organisation with the selected role's ODS code, null when no organisation here has it
     */
    static Optional<Refusal> refusal(Optional<Account> account, boolean roleRequired, Optional<NhsRole> role,
            UUID roleOrganisation) {
        if (account.isEmpty()) {
            return Optional.of(Refusal.NO_STAFF_RECORD);
        }
        if (!account.get().enabled()) {
            return Optional.of(Refusal.ACCOUNT_DISABLED);
        }
        if (role.isEmpty()) {
            return roleRequired ? Optional.of(Refusal.NO_ROLE_SELECTED) : Optional.empty();
        }
        if (!Objects.equals(roleOrganisation, account.get().user().organisationId())) {
            return Optional.of(Refusal.OTHER_ORGANISATION);
        }
        return Optional.empty();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
