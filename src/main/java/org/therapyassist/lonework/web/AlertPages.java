package org.therapyassist.lonework.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.lonework.LoneWorkerAlerts;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** One lone worker alert, where the banner on every page leads, and its acknowledgement. */
@Controller
class AlertPages {

    private final LoneWorkerAlerts alerts;

    AlertPages(LoneWorkerAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/lone-working/alerts/{id}")
    String alert(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.get(me, id));
        return "lonework/alert";
    }

    @Performs(Command.ACKNOWLEDGE_LONE_WORKER_ALERT)
    @PostMapping("/lone-working/alerts/{id}/acknowledge")
    String acknowledge(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return Actions.run(redirect, CheckPages.local(back, "/lone-working/alerts/" + id), () -> {
            alerts.acknowledge(me, id);
            return Messages.text("lonework.banner.acknowledged");
        });
    }
}
