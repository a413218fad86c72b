package org.therapyassist.inbox.web;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.reminders.Reminders;
import org.therapyassist.visits.LapsedVisits;

/** The inbox: the first few of each section with "See all"; one section alone, a page at a time, with ?section=. */
@Controller
class InboxPage {

    static final int SHOWN = 20;

    private final Inbox inbox;
    private final Reminders reminders;
    private final LapsedVisits visits;

    InboxPage(Inbox inbox, Reminders reminders, LapsedVisits visits) {
        this.inbox = inbox;
        this.visits = visits;
        this.reminders = reminders;
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser me, @RequestParam(required = false) Inbox.Section section,
            @PageSize(SHOWN) PageRequest page, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("inbox",
                inbox.of(me, section == null ? EnumSet.allOf(Inbox.Section.class) : EnumSet.of(section),
                        section == null ? PageRequest.first(SHOWN) : page));
        model.addAttribute("reminders",
                section == null ? reminders.summaryFor(me.organisationId(), me.staffId()) : null);
        // Home visits a lapsed or withdrawn competency pulled off a day this person published.
        model.addAttribute("toReplan", section == null ? visits.toReplan(me) : List.of());
        return "inbox/inbox";
    }
}
