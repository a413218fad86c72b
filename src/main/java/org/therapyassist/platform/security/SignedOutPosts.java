package org.therapyassist.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;
import org.therapyassist.platform.idempotency.PageOfForm;

/**
 * A form sent after the session ran out arrives from nobody signed in, so its CSRF token matches nothing. That is not
 * an
 * attack to refuse with a bare 403 but someone who was signed out while typing: they go to the sign-in page ("you were
 * signed out"), and signing in brings them back to the form's page, where the browser puts back what they typed
 * ({@code static/js/app.js}). Nothing is done with the post itself. Any other refusal shows the "forbidden" page.
 */
final class SignedOutPosts implements AccessDeniedHandler {

    private final RequestCache requestCache;

    SignedOutPosts(RequestCache requestCache) {
        this.requestCache = requestCache;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (!(e instanceof CsrfException) || signedIn() || !"POST".equals(request.getMethod())) {
            refuse(request, response, e);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/logout")) {
            response.sendRedirect(request.getContextPath() + "/login?signedout");
            return;
        }
        if (path.equals("/login")) {
            refuse(request, response, e);
            return;
        }
        String page = PageOfForm.posted(request);
        if (page != null) {
            requestCache.saveRequest(new PageAsked(request, page), response);
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /** Whether the post came from someone signed in: a mismatched token then is a real CSRF refusal. */
    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !TRUST.isAnonymous(auth);
    }

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /**
     * The refusal page, 403, whatever the method: the page is fetched as a GET (a forwarded POST used to find no page
     * and answer 405). A failed CSRF check gets a page of its own, since the person's role is not the problem.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            return;
        }
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        String page = e instanceof CsrfException ? "/error/form-not-checked" : "/error/forbidden";
        request.getRequestDispatcher(page).forward(new PageAsked(request, page), response);
    }

    /** The form's page, as if it had been asked for: what the request cache keeps and sign-in returns to. */
    private static final class PageAsked extends HttpServletRequestWrapper {

        private final String path;
        private final String query;

        PageAsked(HttpServletRequest request, String page) {
            super(request);
            int q = page.indexOf('?');
            this.path = q < 0 ? page : page.substring(0, q);
            this.query = q < 0 ? null : page.substring(q + 1);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return query;
        }
    }
}
