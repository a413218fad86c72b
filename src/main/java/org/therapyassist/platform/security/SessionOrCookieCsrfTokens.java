package org.therapyassist.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without making a server session for someone who has not signed in. While there is no session (the
 * login page, a sign-in post) the token lives in an HttpOnly cookie; once signed in it lives in the session, as
 * before. So the login form keeps its CSRF protection, and a stranger's requests cost the server no memory.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "TA-SIGN-IN-CSRF";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens(boolean alwaysSecure) {
        cookie.setCookieName(COOKIE);
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setCookieCustomizer(c -> {
            c.sameSite("Strict");
            if (alwaysSecure) {
                c.secure(true);
            }
        });
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            session.saveToken(null, request, response);
            if (hasCookie(request)) {
                cookie.saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }

    private static boolean hasCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
