package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.therapyassist.platform.CurrentUser;

/** Puts the signed-in user in every page's model, for the header and navigation, and how long a session lasts. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final long sessionTimeoutSeconds;
    private final CountPasses countPasses;
    private final long countsEverySeconds;

    LayoutAdvice(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout, CountPasses countPasses,
            @Value("${therapy-assist.header.counts-every:20s}") Duration countsEvery) {
        this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
        this.countPasses = countPasses;
        this.countsEverySeconds = Math.max(1, countsEvery.toSeconds());
    }

    /** The pass the page shows when it asks for the header's counts (app.js); none before signing in. */
    @ModelAttribute("countPass")
    CountPasses.Issued countPass() {
        CurrentUser me = WebConfig.currentUser();
        return me == null || me.username() == null ? null : countPasses.issue(me);
    }

    /** How often a page asks for the header's counts. */
    @ModelAttribute("countsEverySeconds")
    long countsEverySeconds() {
        return countsEverySeconds;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return WebConfig.currentUser();
    }

    /**
     * This page's address (path and query, without the context path), for the language switch to come back to.
     * Thymeleaf 3.1 keeps the request out of templates' reach, so it is handed over here.
     */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** For the warning before the session runs out (app.js). */
    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return sessionTimeoutSeconds;
    }
}
