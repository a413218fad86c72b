package org.therapyassist.inbox.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.workforce.Reminders;

@Controller
class InboxPage {

    private final Inbox inbox;
    private final Reminders reminders;

    InboxPage(Inbox inbox, Reminders reminders) {
        this.inbox = inbox;
        this.reminders = reminders;
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser me, Model model) {
        model.addAttribute("inbox", inbox.of(me));
        model.addAttribute("reminders", reminders.summaryFor(me.organisationId(), me.staffId()));
        return "inbox/inbox";
    }
}
