package org.therapyassist.inbox.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.sessions.Escalations;

/** The support worker's day, with the replies to what they escalated: the worker's counterpart of the inbox. */
@Controller
class MyDayPage {

    private final MyDay myDay;
    private final Escalations escalations;

    MyDayPage(MyDay myDay, Escalations escalations) {
        this.myDay = myDay;
        this.escalations = escalations;
    }

    @GetMapping("/my-day")
    String myDay(CurrentUser me, Model model) {
        model.addAttribute("day", myDay.of(me));
        model.addAttribute("escalations", escalations.raisedBy(me));
        return "delegation/my-day";
    }
}
