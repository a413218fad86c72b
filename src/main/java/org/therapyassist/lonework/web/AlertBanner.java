package org.therapyassist.lonework.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.therapyassist.lonework.LoneWorkerAlert;
import org.therapyassist.lonework.LoneWorkerAlerts;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.security.StaffPrincipal;

/**
 * Puts the reader's open lone worker alerts on every page (the layout shows {@code lonework/parts :: banner}): one
 * count
 * a page, and the most urgent alert when there is any, so an alert is seen wherever its recipient is in the app.
 */
@ControllerAdvice(annotations = Controller.class)
class AlertBanner {

    /** What the banner says: how many, and the most urgent one to open. */
    record Banner(long count, LoneWorkerAlert first) {
    }

    private final LoneWorkerAlerts alerts;

    AlertBanner(LoneWorkerAlerts alerts) {
        this.alerts = alerts;
    }

    @ModelAttribute("loneWorkAlerts")
    Banner banner(@AuthenticationPrincipal StaffPrincipal principal, HttpServletRequest request) {
        // Pages only: an API answer (RestControllers are Controllers too) has no banner to show.
        if (principal == null || principal.user().staffId() == null || request.getRequestURI().contains("/api/")) {
            return null;
        }
        long count = alerts.openCount(principal.user());
        return count == 0
                ? null
                : new Banner(count, alerts.openFor(principal.user(), PageRequest.first(1)).items().getFirst());
    }
}
