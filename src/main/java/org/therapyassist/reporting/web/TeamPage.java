package org.therapyassist.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.reporting.TeamOverview;
import org.therapyassist.workforce.Supervision;

@Controller
class TeamPage {

    private final TeamOverview overview;
    private final Supervision supervision;

    TeamPage(TeamOverview overview, Supervision supervision) {
        this.overview = overview;
        this.supervision = supervision;
    }

    @GetMapping("/team")
    String team(CurrentUser me, Model model) {
        model.addAttribute("teams", overview.of(me));
        model.addAttribute("supervision", supervision.standings(me.organisationId()));
        return "reporting/team";
    }
}
