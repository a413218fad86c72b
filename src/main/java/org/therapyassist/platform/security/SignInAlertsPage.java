package org.therapyassist.platform.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.SignInAlerts.SignInAlert;

/** The "Sign-in alerts" page for administrators and team leads (the chain's URL rule). */
@Controller
class SignInAlertsPage {

    static final int PAGE_SIZE = 50;

    private final SignInAlerts alerts;
    private final SecurityProperties properties;

    SignInAlertsPage(SignInAlerts alerts, SecurityProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    @GetMapping("/security/sign-in-alerts")
    String signInAlerts(CurrentUser me, @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page, Model model) {
        // One more than a page tells whether there is a next page.
        List<SignInAlert> found = alerts.recent(me, page, PAGE_SIZE + 1);
        model.addAttribute("alerts", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("lockFor", ApiAccessDeniedHandler.minutes(properties.signIn().lockFor().toMinutes()));
        return "security/sign-in-alerts";
    }
}
