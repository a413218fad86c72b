package org.therapyassist.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Signing in through the trust's identity provider ({@code therapy-assist.identity.*}); everything is off unless
 * configured, so the demo and a small service run on local accounts alone.
 *
 * @param oidc
 *            staff sign-in with OpenID Connect (authorization code with PKCE), such as NHS CIS2
 * @param apiTokens
 *            OAuth2 bearer JWTs for {@code /api/v1} and {@code /fhir}, from systems acting for an organisation
 * @param apiBasicAuth
 *            HTTP Basic (a local username and password on every call) on the API: only for the demo and the tests
 */
@ConfigurationProperties("therapy-assist.identity")
public record IdentityProperties(Oidc oidc, ApiTokens apiTokens, boolean apiBasicAuth) {

    public IdentityProperties {
        oidc = oidc == null ? new Oidc(null, null, null, null, null, true, null) : oidc;
        apiTokens = apiTokens == null ? new ApiTokens(null, null, null, null, null, null) : apiTokens;
    }

    /** The sign-in button's words when the trust sets none; the login page shows them in the reader's language. */
    public static final String DEFAULT_BUTTON_LABEL = "Sign in with NHS identity / your organisation";

    /**
     * @param issuerUri
     *            the provider's issuer (its discovery document is read at start); blank turns OIDC sign-in off
     * @param clientId
     *            this service's client id at the provider
     * @param clientSecret
     *            the client secret; blank for a public client (PKCE alone)
     * @param scopes
     *            scopes asked for; CIS2 needs {@code nationalrbacaccess} for the role claims
     * @param usernameClaim
     *            the claim whose value is the staff record's username (the link to the staff record)
     * @param roleRequired
     *            the token must carry {@code nhsid_nrbac_roles} and {@code selected_roleid} (CIS2); off for a trust's
     *            own provider that has no NHS role claims, where the staff record's organisation stands alone
     * @param buttonLabel
     *            what the sign-in button on the login page says
     */
    public record Oidc(String issuerUri, String clientId, String clientSecret, List<String> scopes,
            String usernameClaim, boolean roleRequired, String buttonLabel) {

        public Oidc {
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
            usernameClaim = StringUtils.hasText(usernameClaim) ? usernameClaim : "preferred_username";
            buttonLabel = StringUtils.hasText(buttonLabel)
                    ? buttonLabel
                    : DEFAULT_BUTTON_LABEL;
        }

        public boolean enabled() {
            return StringUtils.hasText(issuerUri);
        }
    }

    /**
     * @param issuerUri
     *            the only issuer whose tokens are accepted ({@code iss}); blank turns bearer tokens off
     * @param jwkSetUri
     *            where the signing keys are published; blank reads it from the issuer's discovery document
     * @param publicKeyLocation
     *            instead of a JWK set, one RSA public key (PEM), for a provider that publishes none, and the tests
     * @param audience
     *            what {@code aud} must contain
     * @param organisationClaim
     *            the claim with the ODS code of the organisation the system acts for
     * @param clientClaim
     *            the claim naming the client, written to the audit trail
     */
    public record ApiTokens(String issuerUri, String jwkSetUri, String publicKeyLocation, String audience,
            String organisationClaim, String clientClaim) {

        public ApiTokens {
            audience = StringUtils.hasText(audience) ? audience : "therapy-assist-api";
            organisationClaim = StringUtils.hasText(organisationClaim) ? organisationClaim : "org_code";
            clientClaim = StringUtils.hasText(clientClaim) ? clientClaim : "azp";
        }

        public boolean enabled() {
            return StringUtils.hasText(issuerUri);
        }
    }
}
