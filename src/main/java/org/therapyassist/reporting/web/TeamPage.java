package org.therapyassist.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.reporting.TeamOverview;
import org.therapyassist.workforce.PdpCompliance;
import org.therapyassist.workforce.Supervision;
import org.therapyassist.workforce.TrainingCompliance;

@Controller
class TeamPage {

    private final TeamOverview overview;
    private final Supervision supervision;
    private final PdpCompliance pdp;
    private final TrainingCompliance training;

    TeamPage(TeamOverview overview, Supervision supervision, PdpCompliance pdp, TrainingCompliance training) {
        this.overview = overview;
        this.supervision = supervision;
        this.pdp = pdp;
        this.training = training;
    }

    @GetMapping("/team")
    String team(CurrentUser me, Model model) {

        var teams = overview.of(me);
        model.addAttribute("teams", teams);
        model.addAttribute("supervision", supervision.standings(me.organisationId()));
        model.addAttribute("pdp", pdp.standings(me.organisationId()));
        model.addAttribute("training", teams.stream().map(t -> training.ofTeam(me.organisationId(), t.team().id())).toList());
        return "reporting/team";
    }
}
