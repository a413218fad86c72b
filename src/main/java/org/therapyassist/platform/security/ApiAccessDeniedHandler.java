package org.therapyassist.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * API clients get problem+json for 401, 403 and 429 too, not an HTML page. A failed sign-in reads the same whether
 * the username is unknown, the password wrong or the account locked.
 */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler, AuthenticationEntryPoint {

    static final String FAILED_DETAIL = StaffAuthenticationProvider.REFUSED
            + " Check both and try again; if it keeps happening, ask an administrator.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "Forbidden", "access.forbidden", "You are not allowed to do this.");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitSeconds()));
            write(response, 429, "Too Many Requests", "auth.too-many-attempts", "Too many failed sign-ins from this "
                    + "network address. Wait " + minutes(throttled.waitMinutes()) + ", then try again.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Therapy Assist\"");
        if (e instanceof BadCredentialsException) {
            write(response, 401, "Unauthorized", "auth.failed", FAILED_DETAIL);
        } else {
            write(response, 401, "Unauthorized", "auth.required",
                    "Sign in with your Therapy Assist username and password (HTTP Basic).");
        }
    }

    static String minutes(long minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static void write(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
