package org.therapyassist.record.web;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.record.PatientRecordView;

@Controller
class PatientRecordPages {

    private final PatientRecordView record;
    private final Clock clock;
    private final CommandGuard guard;

    PatientRecordPages(PatientRecordView record, Clock clock, CommandGuard guard) {
        this.record = record;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        try {
            model.addAttribute("r", record.open(me, id));
            model.addAttribute("today", Time.today(clock));
            model.addAttribute("can", PatientRecordActions.of(me, guard));
        } catch (NotAllowedException e) {
            if (PatientAccess.NEEDS_BREAK_GLASS.equals(e.code())) {
                return "redirect:/patients/" + id + "/break-glass";
            }
            throw e;
        }
        return "record/patient";
    }

    @GetMapping("/patients/{id}/timeline")
    String timeline(CurrentUser me, @PathVariable UUID id, @PageSize(50) PageRequest page, Model model) {
        model.addAttribute("patientId", id);
        model.addAttribute("entries", record.timeline(me, id, page));
        return "record/timeline";
    }
}
