package org.therapyassist.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;

/** Sends each person to the page their day starts from. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
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
