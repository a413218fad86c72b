package org.therapyassist.workforce.web;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.workforce.CompetencyRegister;
import org.therapyassist.workforce.StaffDirectory;

@Controller
class StaffPages {

    private final StaffDirectory directory;
    private final CompetencyRegister competencies;
    private final Clock clock;

    StaffPages(StaffDirectory directory, CompetencyRegister competencies, Clock clock) {
        this.directory = directory;
        this.competencies = competencies;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String list(CurrentUser me, Model model) {
        model.addAttribute("staff", directory.all(me.organisationId()));
        return "workforce/staff-list";
    }

    @GetMapping("/staff/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("person", directory.require(me.organisationId(), id));
        model.addAttribute("signOffs", competencies.signOffsOf(me.organisationId(), id));
        model.addAttribute("today", Time.today(clock));
        return "workforce/staff";
    }
}
