package org.therapyassist.inbox.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.workforce.Reminders;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** Dismissing a reminder from My day or the inbox, then back to where it was shown. */
@Controller
class ReminderPages {

    private final Reminders reminders;

    ReminderPages(Reminders reminders) {
        this.reminders = reminders;
    }

    @Performs(Command.DISMISS_REMINDER)
    @PostMapping("/reminders/{id}/dismiss")
    String dismiss(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            reminders.dismiss(me, id);
            redirect.addFlashAttribute("banner", "Reminder dismissed.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + ("inbox".equals(back) ? "/inbox" : "/my-day");
    }
}
