package org.therapyassist.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;

/**
 * API clients get problem+json for 401, 403 and 429 too, not an HTML page; FHIR clients get an OperationOutcome. A
 * failed sign-in reads the same whether the username is unknown, the password wrong or the account locked; a refused
 * token the same whether it expired, is for another audience or issuer, or is unsigned (RFC 6750's
 * {@code invalid_token}); a token without the scope a call needs is 403 {@code insufficient_scope}.
 */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler, AuthenticationEntryPoint {

    private final IdentityProperties identity;
    private final LocaleResolver languages;

    ApiAccessDeniedHandler(IdentityProperties identity, LocaleResolver languages) {
        this.identity = identity;
        this.languages = languages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SystemPrincipal) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String needed = ScopeRules.requiredScope(request.getMethod(), path).orElse("");
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", scope=\"" + needed + "\"");
            write(request, response, 403, "Forbidden", "auth.insufficient-scope", "security.api.insufficient-scope",
                    needed);
            return;
        }
        write(request, response, 403, "Forbidden", "access.forbidden", "security.api.forbidden");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitSeconds()));
            write(request, response, 429, "Too Many Requests", "auth.too-many-attempts",
                    "security.api.too-many-attempts", throttled.waitMinutes());
            return;
        }
        boolean badToken = e instanceof OAuth2AuthenticationException;
        List<String> challenges = new ArrayList<>();
        if (identity.apiTokens().enabled()) {
            challenges.add(badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        if (identity.apiBasicAuth()) {
            challenges.add("Basic realm=\"Therapy Assist\"");
        }
        challenges.forEach(c -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, c));
        if (badToken) {
            write(request, response, 401, "Unauthorized", "auth.invalid-token", "security.api.invalid-token");
        } else if (e instanceof BadCredentialsException) {
            write(request, response, 401, "Unauthorized", "auth.failed", "security.api.failed");
        } else {
            write(request, response, 401, "Unauthorized", "auth.required",
                    identity.apiBasicAuth() ? "security.api.required" : "security.api.required-token");
        }
    }

    /**
     * The detail in the caller's language: a person's chosen language when one is signed in, else the language cookie
     * or Accept-Language (this runs in the security filters, before Spring MVC has set the request's language). The
     * type, title and code stay the same in every language; FHIR diagnostics are for integration engineers and stay
     * English, like every other OperationOutcome.
     */
    private void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String code, String key, Object... args) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/fhir") || path.startsWith("/fhir/")) {
            String detail = json(Messages.text(Languages.ENGLISH, key, args));
            // The same refusal as a FHIR client reads every other one: an OperationOutcome.
            String type = status == 401 ? "login" : status == 403 ? "forbidden" : "throttled";
            response.setContentType("application/fhir+json;charset=UTF-8");
            response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"" + type + "\",\"details\":{\"text\":\"" + code + "\"},\"diagnostics\":\"" + detail
                    + "\"}]}");
            return;
        }
        String detail = json(Messages.text(languages.resolveLocale(request), key, args));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }

    /** Our texts, made safe inside a JSON string (a Welsh apostrophe is fine; a quote or backslash is escaped). */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
