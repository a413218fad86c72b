package org.therapyassist.policy.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.policy.PolicyCatalogue;

/** "Who can do what": the declared policy as a page, for team leads reviewing it and for anyone wondering why not. */
@Controller
class PolicyPage {

    private final PolicyCatalogue catalogue;

    PolicyPage(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/policy")
    String show(Model model) {
        model.addAttribute("areas", catalogue.areas());
        return "policy/who-can-do-what";
    }
}
