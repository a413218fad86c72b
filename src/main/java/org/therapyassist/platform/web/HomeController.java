package org.therapyassist.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.security.IdentityProperties;

/** Sends each person to the page their day starts from. */
@Controller
class HomeController {

    private final IdentityProperties identity;

    HomeController(IdentityProperties identity) {
        this.identity = identity;
    }

    /**
     * {@code ?wait=N}: the sign-in throttle asked this address to wait N minutes; shown only when N is a plain number.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String wait,
            Model model) {
        boolean waiting = wait != null && wait.matches("\\d{1,3}");
        if (waiting) {
            int minutes = Math.max(1, Integer.parseInt(wait));
            model.addAttribute("waitFor", Messages.text("platform.login.minutes", minutes));
        }
        model.addAttribute("refused", error != null && !waiting);
        model.addAttribute("title", (error != null || waiting ? Messages.text("platform.page.error-prefix") : "")
                + Messages.text("platform.login.sign-in"));
        // The identity provider's button, only when one is configured: the trust's own words if it set them.
        model.addAttribute("identityProvider", identity.oidc().enabled()
                ? (IdentityProperties.DEFAULT_BUTTON_LABEL.equals(identity.oidc().buttonLabel())
                        ? Messages.text("platform.login.idp-button")
                        : identity.oidc().buttonLabel())
                : null);
        return "login";
    }

    @GetMapping("/")
    String home(CurrentUser me) {
        if (me.has(Role.TEAM_LEAD)) {
            return "redirect:/team";
        }
        if (me.isRegistrant()) {
            return "redirect:/inbox";
        }
        if (me.isSupportWorker()) {
            return "redirect:/my-day";
        }
        return "redirect:/staff";
    }
}
