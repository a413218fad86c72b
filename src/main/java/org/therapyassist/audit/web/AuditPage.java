package org.therapyassist.audit.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PageSize;

@Controller
class AuditPage {

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(CurrentUser me, @RequestParam UUID patientId, @PageSize(50) PageRequest page, Model model) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("events", trail.trailFor(me, patientId, page).map(AuditLine::of));
        return "audit/patient";
    }

    @GetMapping("/audit/verify")
    String verify(CurrentUser me, Model model) {
        model.addAttribute("result", trail.verify(me.organisationId()));
        return "audit/verify";
    }
}
