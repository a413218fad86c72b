package org.therapyassist.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The page a form belongs to: the address it was first shown at (a GET), carried in the hidden {@code _page} field so
 * that it survives a form coming back with errors (shown at the POST's address). The browser keeps what was typed
 * under this name, and signing in again after the session ran out comes back to it.
 */
public final class PageOfForm {

    public static final String FIELD = "_page";
    private static final int MAX_LENGTH = 2000;

    private PageOfForm() {
    }

    /** For a form being shown now. */
    static String shown(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }
        String posted = posted(request);
        return posted != null ? posted : request.getRequestURI().substring(request.getContextPath().length());
    }

    /** For a form being posted: its {@code _page}, else the page it was sent from (same site only); null if neither. */
    public static String posted(HttpServletRequest request) {
        String page = safe(request.getParameter(FIELD));
        if (page != null) {
            return page;
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path != null && path.startsWith(request.getContextPath())) {
                path = path.substring(request.getContextPath().length());
            }
            return safe(path == null ? null : path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A path within this site only: starts with one slash, no scheme or host, no line breaks. */
    static String safe(String page) {
        if (page == null || page.isEmpty() || page.length() > MAX_LENGTH || !page.startsWith("/")
                || page.startsWith("//")
                || page.startsWith("/\\") || page.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return null;
        }
        return page;
    }
}
