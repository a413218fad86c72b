package org.therapyassist.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;

/**
 * Staff sign-in through the trust's OpenID Connect provider, beside the login form: authorization code with PKCE (also
 * for a confidential client), the provider's endpoints from its discovery document (read at start), and signing out
 * here ending the provider's session too (RP-initiated logout, back to {@code /login?signedout}).
 */
final class IdentityProviderSignIn {

    static final String REGISTRATION = "nhs";
    static final String START = "/oauth2/authorization/" + REGISTRATION;

    private IdentityProviderSignIn() {
    }

    static void configure(HttpSecurity http, IdentityProperties.Oidc settings, StaffOidcSignIn signIn,
            AuthenticationSuccessHandler success) throws Exception {
        ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration(settings));
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                // Tokens are not used after sign-in; kept with the session rather than in a map that only grows.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(user -> user.oidcUserService(signIn))
                .successHandler(success)
                .failureHandler(failure()));
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/login?signedout");
        // Signed in with a local password: straight back to the login page, as before.
        logout.setDefaultTargetUrl("/login?signedout");
        http.logout(l -> l.logoutSuccessHandler(logout));
    }

    static ClientRegistration registration(IdentityProperties.Oidc settings) {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(settings.clientId())
                .clientName(settings.buttonLabel())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (StringUtils.hasText(settings.clientSecret())) {
            builder.clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return builder.build();
    }

    /** Every failure ends on the "cannot sign you in" page (403), with the reason when it is ours. */
    private static AuthenticationFailureHandler failure() {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, e) -> {
            String reason = e instanceof OAuth2AuthenticationException oauth
                    && oauth.getError().getErrorCode().startsWith(StaffOidcSignIn.REFUSAL_PREFIX)
                            ? oauth.getError().getErrorCode().substring(StaffOidcSignIn.REFUSAL_PREFIX.length())
                            : "provider";
            redirect.sendRedirect(request, response, IdentitySignInRefusedPage.PATH + "?reason=" + reason);
        };
    }
}
