package org.therapyassist.platform.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.util.StringUtils;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;

/**
 * A believed bearer token as the system it came from: the client (named in the audit trail), the organisation it
 * acts for (the ODS code claim, which must be an organisation of this service) and its scopes. The token grants
 * nothing else: a system reads only its organisation's data, and {@link ScopeRules} decides each call.
 */
final class SystemTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    static final int MAX_USERNAME = 60;

    private final AccountDirectory accounts;
    private final IdentityProperties.ApiTokens settings;

    SystemTokens(AccountDirectory accounts, IdentityProperties.ApiTokens settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String client = firstText(jwt, settings.clientClaim(), "client_id", "azp", "sub");
        if (client == null) {
            throw new InvalidBearerTokenException("The token names no client.");
        }
        UUID organisation = accounts.organisationWithOdsCode(jwt.getClaimAsString(settings.organisationClaim()))
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The token's '" + settings.organisationClaim() + "' is not an organisation of this service."));
        String username = "system:" + client;
        CurrentUser user = new CurrentUser(null, organisation, null,
                username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username,
                "System " + client, "System", 0, null, Set.of(Role.SYSTEM));
        return new SystemAuthentication(new SystemPrincipal(user, client, scopes(jwt)), jwt);
    }

    /** {@code scope} as OAuth2 sends it (space-separated), or {@code scp} as a list. */
    static Set<String> scopes(Jwt jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        if (jwt.getClaims().get("scope") instanceof String s) {
            scopes.addAll(Arrays.asList(s.trim().split("\\s+")));
        }
        if (jwt.getClaims().get("scp") instanceof Collection<?> list) {
            list.forEach(v -> scopes.add(v.toString()));
        }
        scopes.remove("");
        return scopes;
    }

    private static String firstText(Jwt jwt, String... claims) {
        for (String claim : claims) {
            String value = jwt.getClaimAsString(claim);
            if (StringUtils.hasText(value)) {
                return value.strip();
            }
        }
        return null;
    }

    /** What the API chain's security context holds for a system. */
    static final class SystemAuthentication extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SystemPrincipal principal;
        private final Jwt token;

        SystemAuthentication(SystemPrincipal principal, Jwt token) {
            super(authorities(principal));
            this.principal = principal;
            this.token = token;
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(SystemPrincipal principal) {
            List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
            principal.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
            return authorities;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public SystemPrincipal getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.clientId();
        }
    }
}
