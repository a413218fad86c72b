package org.therapyassist.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.reporting.ContributionReport;
import org.therapyassist.staff.StaffDirectory;

/** The contribution report for a lead or therapist: pick a period (and a team), read the two tables. */
@Controller
class ContributionPage {

    static final List<String> PERIODS = List.of("3", "6", "12", "24");

    private final ContributionReport report;
    private final StaffDirectory staff;
    private final Clock clock;

    ContributionPage(ContributionReport report, StaffDirectory staff, Clock clock) {
        this.report = report;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/reports/contributions")
    String contributions(CurrentUser me, @RequestParam(required = false) String months,
            @RequestParam(required = false) String teamId, Model model) {
        FormErrors errors = new FormErrors();
        String chosen = months == null ? "12" : months;
        if (!PERIODS.contains(chosen)) {
            errors.add("months", Messages.text("reporting.contribution.period.unknown"));
        }
        UUID team = Text.uuidOrNull(teamId);
        if (teamId != null && !teamId.isBlank() && team == null) {
            errors.add("teamId", Messages.text("reporting.contribution.team.unknown"));
        }
        LocalDate today = Time.today(clock);
        int m = errors.has("months") ? 12 : Integer.parseInt(chosen);
        LocalDate from = today.minusMonths(m).plusDays(1);
        ContributionReport.Report r;
        try {
            r = report.of(me, from, today, errors.has("teamId") ? null : team);
        } catch (InvalidInputException e) {
            errors.add(e);
            r = report.of(me, from, today, null);
        }
        model.addAttribute("r", r);
        model.addAttribute("periods",
                PERIODS.stream().map(p -> Map.entry(p, Messages.text("reporting.period." + p))).toList());
        model.addAttribute("teams", staff.teams(me.organisationId()).stream()
                .map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("v", Map.of("months", chosen, "teamId", teamId == null ? "" : teamId));
        model.addAttribute("errors", errors);
        return "reporting/contributions";
    }
}
