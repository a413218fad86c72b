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

    LayoutAdvice(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
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
