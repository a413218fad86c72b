package org.therapyassist.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.web.servlet.LocaleResolver;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.LanguagePreferences;
import org.therapyassist.platform.security.StaffPrincipal;

/**
 * Which language a request is answered in. In order: the language the signed-in person chose (kept with their staff
 * record, so it follows them to the ward computer), the language chosen on this browser before signing in (a cookie),
 * then the browser's own language on a first visit; English otherwise.
 *
 * <p>
 * The chosen language is read with the staff record when a password signs in (an API call signs in on every
 * request), else once per session and kept in the session; a system with no staff record follows its Accept-Language
 * header.
 */
final class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "ta-lang";
    private static final String SESSION_KEY = LanguageResolver.class.getName();
    private static final String NONE = "none";

    private final LanguagePreferences preferences;
    private final boolean secureCookie;

    LanguageResolver(LanguagePreferences preferences, boolean secureCookie) {
        this.preferences = preferences;
        this.secureCookie = secureCookie;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return chosenBySignedIn(request)
                .or(() -> cookie(request))
                .orElseGet(() -> browser(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = Languages.normalise(locale);
        Cookie cookie = new Cookie(COOKIE, Languages.tag(language));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookie || request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        if (response != null) { // the interface allows a caller without a response: nothing to remember it in
            response.addCookie(cookie);
        }
        CurrentUser me = WebConfig.currentUser();
        if (me != null) {
            preferences.remember(me.staffId(), language);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SESSION_KEY + "." + me.staffId(), Languages.tag(language));
            }
        }
    }

    private Optional<Locale> chosenBySignedIn(HttpServletRequest request) {
        CurrentUser me = WebConfig.currentUser();
        if (me == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            // A call without a session (the API): one read by primary key, kept for the rest of the request.
            Object kept = request.getAttribute(SESSION_KEY);
            if (kept == null) {
                kept = chosen(me).map(Languages::tag).orElse(NONE);
                request.setAttribute(SESSION_KEY, kept);
            }
            return Languages.fromTag((String) kept);
        }
        // Keyed to the person: a shared ward computer's next user does not inherit the last one's language.
        String key = SESSION_KEY + "." + me.staffId();
        Object kept = session.getAttribute(key);
        if (kept == null) {
            kept = chosen(me).map(Languages::tag).orElse(NONE);
            session.setAttribute(key, kept);
        }
        return Languages.fromTag((String) kept);
    }

    /** A language that cannot be read (the database briefly away) is no choice: never a failed page for it. */
    private Optional<Locale> chosen(CurrentUser me) {
        // A password sign-in has just read the staff record, language and all: an API call that sends its password
        // each time signs in each time, and reading the same row again for its language doubled its reads.
        StaffPrincipal principal = WebConfig.principal();
        if (principal != null && principal.languageReadAtSignIn() && me.equals(principal.user())) {
            return principal.languageAtSignIn().flatMap(Languages::fromTag);
        }
        try {
            return preferences.of(me.staffId());
        } catch (DataAccessException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The language of a request nobody has signed in to yet (a filter before Spring Security): cookie, then browser.
     */
    static Locale beforeSignIn(HttpServletRequest request) {
        return cookie(request).orElseGet(() -> browser(request));
    }

    private static Optional<Locale> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Languages.fromTag(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The first language in the browser's list that we speak ("cy, en;q=0.8" is Welsh; "fr, en" is English). */
    static Locale browser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || header.length() > 200) {
            return Languages.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    Optional<Locale> ours = Languages.fromTag(range.getRange());
                    if (ours.isPresent()) {
                        return ours.get();
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A header we cannot read is a browser that told us nothing.
        }
        return Languages.ENGLISH;
    }
}
