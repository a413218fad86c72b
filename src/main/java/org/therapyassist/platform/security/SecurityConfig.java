package org.therapyassist.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.therapyassist.platform.AccountDirectory;

/**
 * Two chains: the REST API and the FHIR server at /fhir (bearer tokens from the identity provider, and HTTP Basic in
 * the demo and tests only; stateless, no CSRF because no browser cookie is involved) and the pages (form login, and
 * OpenID Connect sign-in when an identity provider is configured; session cookie, CSRF). Both share the accounts, the
 * sign-in throttle and the security headers. Until someone signs in with a password, the pages keep nothing on the
 * server: the CSRF token and the page asked for wait in cookies (an OIDC sign-in keeps its state in the session).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private final SecurityProperties properties;
    private final IdentityProperties identity;
    private final SignInDetails.Source signInDetails;

    SecurityConfig(SecurityProperties properties, IdentityProperties identity) {
        this.properties = properties;
        this.identity = identity;
        this.signInDetails = new SignInDetails.Source(properties.trustedProxies());
    }

    /** For storing new passwords; signing in goes through {@link RecentlyVerifiedPasswords}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RecentlyVerifiedPasswords recentlyVerifiedPasswords(PasswordEncoder passwordEncoder, Clock clock) {
        return new RecentlyVerifiedPasswords(passwordEncoder, clock, Duration.ofMinutes(5));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * Served over HTTPS: the session cookie is Secure even when TLS ends at a proxy (Tomcat marks it on HTTPS anyway).
     */
    @Bean
    ServletContextInitializer secureSessionCookie() {
        return servletContext -> {
            if (properties.https()) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiAccessDeniedHandler denied, AccountDirectory accounts,
            ResourceLoader resources) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/audit/**", "/api/v1/security/**").hasAnyRole("TEAM_LEAD", "ADMIN")
                        .anyRequest().access(new ScopeAuthorization()));
        if (identity.apiBasicAuth()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(denied).authenticationDetailsSource(signInDetails));
        }
        if (identity.apiTokens().enabled()) {
            http.oauth2ResourceServer(tokens -> tokens
                    .jwt(jwt -> jwt.decoder(BearerTokens.decoder(identity.apiTokens(), resources))
                            .jwtAuthenticationConverter(new SystemTokens(accounts, identity.apiTokens())))
                    .authenticationEntryPoint(denied).accessDeniedHandler(denied));
        }
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(denied).accessDeniedHandler(denied))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AccountDirectory accounts, Clock clock) throws Exception {
        CookieRequestCache requestCache = requestCache();
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setRequestCache(requestCache);
        success.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/vendor/**", "/css/**", "/js/**", "/favicon.ico", "/sw.js",
                        "/manifest.webmanifest", "/icons/**",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
                        // Readiness and liveness, for a load balancer's checks (deploy/haproxy: readiness).
                        "/actuator/health/readiness", "/actuator/health/liveness",
                        "/error", "/error/forbidden", "/error/form-not-checked", "/setup/*", "/language",
                        // Checks its own pass, asked without cookies (platform.web.CountPasses says why).
                        "/header-counts",
                        IdentitySignInRefusedPage.PATH)
                .permitAll()
                .requestMatchers("/audit/**", "/security/**").hasAnyRole("TEAM_LEAD", "ADMIN")
                .requestMatchers("/team/**").hasRole("TEAM_LEAD")
                .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").authenticationDetailsSource(signInDetails)
                        .successHandler(success).failureHandler(loginFailure()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens(properties.https())))
                // Signing out wipes what the phone kept for working without signal (today's pages, the outbox, the
                // service worker); the page's script asks first when records are still waiting to be sent (H96, H98).
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedout")
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE,
                                ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .exceptionHandling(e -> e.accessDeniedHandler(new SignedOutPosts(requestCache)))
                .headers(this::headers);
        if (identity.oidc().enabled()) {
            IdentityProviderSignIn.configure(http, identity.oidc(),
                    new StaffOidcSignIn(accounts, identity.oidc(), clock),
                    success);
        }
        return http.build();
    }

    /** Back to the login page, saying only what may be said: wait, or "wrong or locked". Nothing goes in a session. */
    private static AuthenticationFailureHandler loginFailure() {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, e) -> redirect.sendRedirect(request, response,
                e instanceof SignInThrottledException throttled
                        ? "/login?wait=" + throttled.waitMinutes()
                        : "/login?error");
    }

    /** The page someone asked for before signing in, kept in a cookie instead of a session; only whole pages. */
    CookieRequestCache requestCache() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(SecurityConfig::worthReturningTo);
        if (properties.https()) {
            cache.setCookieCustomizer(cookie -> cookie.setSecure(true));
        }
        return cache;
    }

    private static boolean worthReturningTo(HttpServletRequest request) {
        String fetchMode = request.getHeader("Sec-Fetch-Mode");
        return "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && (fetchMode == null || "navigate".equals(fetchMode))
                && !request.getRequestURI().endsWith("/favicon.ico")
                && !request.getRequestURI().endsWith("/session/keep-alive");
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(csp(identity)))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true).requestMatcher(hstsFor(properties.https())));
    }

    /**
     * Signing out posts a form whose answer redirects to the identity provider's end-session endpoint, and browsers
     * hold redirects after a form post to {@code form-action}: the provider's origin is added there, nowhere else.
     */
    static String csp(IdentityProperties identity) {
        if (!identity.oidc().enabled()) {
            return CSP;
        }
        URI issuer = URI.create(identity.oidc().issuerUri());
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return CSP.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /** HSTS on HTTPS requests; on every response when the service is known to be served over HTTPS (TLS at a proxy). */
    static RequestMatcher hstsFor(boolean https) {
        return request -> https || request.isSecure();
    }
}
