package org.therapyassist.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.security.IdentityRules.NhsRole;
import org.therapyassist.platform.security.IdentityRules.Refusal;

/**
 * After the identity provider has signed a person in: finds their staff record by the configured username claim,
 * checks it with {@link IdentityRules} (enabled; the selected NHS role at the record's organisation) and makes the
 * session's principal from the record. A refusal ends at the "cannot sign you in" page, never a 500.
 */
final class StaffOidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSAL_PREFIX = "staff.";
    private static final Logger log = LoggerFactory.getLogger(StaffOidcSignIn.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final AccountDirectory accounts;
    private final IdentityProperties.Oidc settings;
    private final Clock clock;

    StaffOidcSignIn(AccountDirectory accounts, IdentityProperties.Oidc settings, Clock clock) {
        this(new OidcUserService(), accounts, settings, clock);
    }

    StaffOidcSignIn(OAuth2UserService<OidcUserRequest, OidcUser> provider, AccountDirectory accounts,
            IdentityProperties.Oidc settings, Clock clock) {
        this.provider = provider;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        if (person == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("provider.no-user"), "The provider named nobody.");
        }
        Map<String, Object> claims = person.getClaims() == null ? Map.of() : person.getClaims();
        Object claim = claims.get(settings.usernameClaim());
        String username = claim == null ? "" : claim.toString().strip();
        if (username.isEmpty()) {
            throw refused(Refusal.NO_USERNAME, person.getSubject());
        }
        Optional<Account> account = accounts.findByUsername(username);
        Optional<NhsRole> role = IdentityRules.selectedRole(claims);
        UUID roleOrganisation = role.flatMap(r -> accounts.organisationWithOdsCode(r.orgCode())).orElse(null);
        Optional<Refusal> refusal = IdentityRules.refusal(account, settings.roleRequired(), role, roleOrganisation);
        if (refusal.isPresent()) {
            throw refused(refusal.get(), username);
        }
        accounts.signedIn(username, clock.instant());
        log.info("{} signed in through the identity provider{}", account.get().user().username(),
                role.map(r -> " as role " + r.personRoleId() + " at " + r.orgCode()).orElse(""));
        return new OidcStaffPrincipal(account.get().user(), person.getIdToken(), person.getUserInfo());
    }

    private static OAuth2AuthenticationException refused(Refusal refusal, String who) {
        log.warn("Identity provider sign-in refused for {}: {}", who, refusal.code());
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSAL_PREFIX + refusal.code()),
                "Signed in at the identity provider but not here: " + refusal.code());
    }
}
