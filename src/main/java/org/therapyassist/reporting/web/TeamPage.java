package org.therapyassist.reporting.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.development.PdpCompliance;
import org.therapyassist.development.Supervision;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.reporting.TeamOverview;
import org.therapyassist.training.TrainingCompliance;

/**
 * The lead's overview, one team at a time (their own unless they choose another): the team's totals and its support
 * workers a page at a time; supervision and PDP reviews across the service, those needing one first.
 */
@Controller
class TeamPage {

    static final int PAGE_SIZE = 25;
    /** Supervision and PDP lists show those needing attention first, this many; the API pages through all. */
    static final int NEEDING = 25;

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
    String team(CurrentUser me, @RequestParam(required = false) UUID teamId, @PageSize(PAGE_SIZE) PageRequest page,
            Model model) {
        var teams = overview.of(me, PageRequest.first(PageRequest.MAX_SIZE));
        UUID chosen = teamId != null
                ? teamId
                : me.teamId() != null
                        ? me.teamId()
                        : teams.items().isEmpty() ? null : teams.items().getFirst().team().id();
        model.addAttribute("teams", teams.items());
        if (chosen != null) {
            model.addAttribute("team", overview.team(me, chosen));
            model.addAttribute("workers", overview.workers(me, chosen, page));
            model.addAttribute("training", training.ofTeam(me.organisationId(), chosen));
        }
        model.addAttribute("supervision", supervision.standings(me.organisationId(), PageRequest.first(NEEDING)));
        model.addAttribute("supervisionOverdue", supervision.overdueCount(me.organisationId()));
        model.addAttribute("pdp", pdp.standings(me.organisationId(), PageRequest.first(NEEDING)));
        model.addAttribute("pdpNeeding", pdp.needingReviewCount(me.organisationId()));
        return "reporting/team";
    }
}
