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

/**
 * API clients get problem+json for 401, 403 and 429 too, not an HTML page; FHIR clients get an OperationOutcome. A
 * failed sign-in reads the same whether the username is unknown, the password wrong or the account locked; a refused
 * token the same whether it expired, is for another audience or issuer, or is unsigned (RFC 6750's
 * {@code invalid_token}); a token without the scope a call needs is 403 {@code insufficient_scope}.
 */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler, AuthenticationEntryPoint {

    static final String FAILED_DETAIL = StaffAuthenticationProvider.REFUSED
            + " Check both and try again; if it keeps happening, ask an administrator.";
    static final String TOKEN_REFUSED = "The bearer token was refused: it has expired, is not for this service, comes "
            + "from another issuer, is not signed or does not name an organisation of this service. Get a new token.";

    private final IdentityProperties identity;

    ApiAccessDeniedHandler(IdentityProperties identity) {
        this.identity = identity;
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
            write(request, response, 403, "Forbidden", "auth.insufficient-scope",
                    "The token's scopes do not cover this call: it needs " + needed + ".");
            return;
        }
        write(request, response, 403, "Forbidden", "access.forbidden", "You are not allowed to do this.");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitSeconds()));
            write(request, response, 429, "Too Many Requests", "auth.too-many-attempts", "Too many failed sign-ins "
                    + "from this network address. Wait " + minutes(throttled.waitMinutes()) + ", then try again.");
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
            write(request, response, 401, "Unauthorized", "auth.invalid-token", TOKEN_REFUSED);
        } else if (e instanceof BadCredentialsException) {
            write(request, response, 401, "Unauthorized", "auth.failed", FAILED_DETAIL);
        } else {
            write(request, response, 401, "Unauthorized", "auth.required", identity.apiBasicAuth()
                    ? "Sign in with your Therapy Assist username and password (HTTP Basic), or send a bearer token."
                    : "Send a bearer token from the identity provider (Authorization: Bearer ...).");
        }
    }

    static String minutes(long minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String code, String detail) throws IOException {
        response.setStatus(status);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/fhir") || path.startsWith("/fhir/")) {
            // The same refusal as a FHIR client reads every other one: an OperationOutcome (our texts need no
            // escaping).
            String type = status == 401 ? "login" : status == 403 ? "forbidden" : "throttled";
            response.setContentType("application/fhir+json;charset=UTF-8");
            response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"" + type + "\",\"details\":{\"text\":\"" + code + "\"},\"diagnostics\":\"" + detail
                    + "\"}]}");
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
