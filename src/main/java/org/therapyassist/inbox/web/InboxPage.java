package org.therapyassist.inbox.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.CurrentUser;

@Controller
class InboxPage {

    private final Inbox inbox;

    InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser me, Model model) {
        model.addAttribute("inbox", inbox.of(me));
        return "inbox/inbox";
    }
}
