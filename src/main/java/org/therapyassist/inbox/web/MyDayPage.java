package org.therapyassist.inbox.web;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.development.Thanks;
import org.therapyassist.groups.GroupClasses;
import org.therapyassist.induction.Induction;
import org.therapyassist.lonework.CheckIns;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.reminders.Reminders;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.visits.MyVisits;

/** The support worker's day, with the replies to what they escalated: the worker's counterpart of the inbox. */
@Controller
class MyDayPage {

    private final MyDay myDay;
    private final Escalations escalations;
    private final Thanks thanks;
    private final Reminders reminders;
    private final MyVisits visits;
    private final CheckIns checkIns;

    private final GroupClasses groups;
    private final Induction induction;

    MyDayPage(MyDay myDay, Escalations escalations, Thanks thanks, Reminders reminders, MyVisits visits,
            CheckIns checkIns, GroupClasses groups, Induction induction) {
        this.groups = groups;
        this.induction = induction;
        this.visits = visits;
        this.checkIns = checkIns;
        this.reminders = reminders;
        this.myDay = myDay;
        this.escalations = escalations;
        this.thanks = thanks;
    }

    /** Replies to what the worker escalated in the last week; more than this is on the API. */
    static final int ESCALATIONS_SHOWN = 20;

    @GetMapping("/my-day")
    String myDay(CurrentUser me, Model model) {
        var day = myDay.of(me);
        model.addAttribute("day", day);
        var round = visits.of(me, day.date());
        model.addAttribute("visits", round);
        // Arrived and Left on each visit (lone working); the forms come back here.
        model.addAttribute("checks", checkIns.checksOf(me, round.stream().map(MyVisits.MyVisit::visitId).toList()));
        model.addAttribute("here", "/my-day");
        // A task on today's round is shown once, as the visit, with its time and address.
        var onRound = round.stream().map(MyVisits.MyVisit::delegationId).collect(Collectors.toSet());
        model.addAttribute("due", day.due().stream().filter(d -> !onRound.contains(d.id())).toList());
        model.addAttribute("escalations", escalations.raisedBy(me, PageRequest.first(ESCALATIONS_SHOWN)).items());
        model.addAttribute("thanks", thanks.receivedBy(me.organisationId(), me.staffId(), 3));
        model.addAttribute("reminders", reminders.summaryFor(me.organisationId(), me.staffId()));
        // A class this worker leads today is part of her day, as her visits are.
        model.addAttribute("classesToday", groups.sessionsBetween(me.organisationId(), day.date(), day.date()).stream()
                .filter(s -> me.staffId().equals(s.leaderId()) && s.status() == GroupClasses.SessionStatus.SCHEDULED)
                .sorted(Comparator.comparing(GroupClasses.Session::startTime)).toList());
        // A new starter's plan until it is complete: the link she otherwise has no way to find.
        model.addAttribute("induction", induction.planOf(me.organisationId(), me.staffId(), day.date())
                .filter(p -> p.progress().done() < p.progress().total()).orElse(null));
        return "delegation/my-day";
    }
}
