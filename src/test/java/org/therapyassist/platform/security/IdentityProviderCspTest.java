package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing out redirects a form post to the provider: its origin, and only there, joins the CSP. */
class IdentityProviderCspTest {

    static IdentityProperties oidc(String issuer) {
        return new IdentityProperties(new IdentityProperties.Oidc(issuer, "therapy-assist", null, null, null, true,
                null), null, false);
    }

    @Test
    void withoutAProviderTheCspIsUnchanged() {
        assertThat(SecurityConfig.csp(oidc(null))).isEqualTo(SecurityConfig.CSP);
        assertThat(SecurityConfig.csp(oidc(""))).isEqualTo(SecurityConfig.CSP);
    }

    @Test
    void theProvidersOriginIsAllowedAsAFormTargetAndNothingElse() {
        String csp = SecurityConfig.csp(oidc("https://auth.example.nhs.uk:8443/realms/nhs"));
        assertThat(csp).contains("form-action 'self' https://auth.example.nhs.uk:8443;")
                .contains("default-src 'self';", "script-src 'self';", "connect-src 'self';")
                .doesNotContain("/realms");
        assertThat(csp.split("auth.example.nhs.uk", -1)).hasSize(2);
    }
}
