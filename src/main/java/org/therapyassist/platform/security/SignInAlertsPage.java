package org.therapyassist.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.security.SignInAlerts.SignInAlert;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;

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
    String signInAlerts(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        Page<SignInAlert> found = alerts.recent(me, page);
        model.addAttribute("alerts", found.items());
        model.addAttribute("page", found.page());
        model.addAttribute("hasNext", found.hasMore());
        model.addAttribute("lockFor",
                Messages.text("security.alerts.minutes", properties.signIn().lockFor().toMinutes()));
        return "security/sign-in-alerts";
    }
}
