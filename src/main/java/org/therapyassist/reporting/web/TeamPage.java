package org.therapyassist.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.reporting.TeamOverview;

@Controller
class TeamPage {

    private final TeamOverview overview;

    TeamPage(TeamOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/team")
    String team(CurrentUser me, Model model) {
        model.addAttribute("teams", overview.of(me));
        return "reporting/team";
    }
}
