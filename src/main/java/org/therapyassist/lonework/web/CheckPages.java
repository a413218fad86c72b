package org.therapyassist.lonework.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.lonework.Buddies;
import org.therapyassist.lonework.CheckIns;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/**
 * A visit's check page on the worker's phone: Arrived, Left and, out of the way, "I need help". The same forms come
 * from
 * the {@code lonework/parts :: checkButtons} fragment on other pages (My day), which send where to come back to.
 */
@Controller
class CheckPages {

    private final CheckIns checkIns;
    private final Buddies buddies;

    CheckPages(CheckIns checkIns, Buddies buddies) {
        this.checkIns = checkIns;
        this.buddies = buddies;
    }

    @GetMapping("/visits/{id}/check")
    String check(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("visit", checkIns.visit(me, id));
        model.addAttribute("buddy", buddies.today(me));
        model.addAttribute("buddyChoices", buddies.choices(me));
        return "lonework/check";
    }

    @Performs(Command.NAME_LONE_WORK_BUDDY)
    @PostMapping("/lone-working/buddy")
    String nameBuddy(CurrentUser me, @RequestParam(required = false) UUID buddyId,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return Actions.run(redirect, local(back, "/my-day"),
                () -> Messages.text("lonework.buddy.named", buddies.name(me, buddyId).buddyName()));
    }

    @Performs(Command.CHECK_IN_VISIT)
    @PostMapping("/visits/{id}/check/arrived")
    String arrived(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return Actions.run(redirect, backOr(back, id), () -> {
            checkIns.arrived(me, id);
            return Messages.text("lonework.banner.arrived");
        });
    }

    @Performs(Command.CHECK_IN_VISIT)
    @PostMapping("/visits/{id}/check/left")
    String left(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return Actions.run(redirect, backOr(back, id), () -> {
            checkIns.left(me, id);
            return Messages.text("lonework.banner.left");
        });
    }

    /** The confirmation: plain words, no red, nothing a person across the room would read as an alarm. */
    @GetMapping("/visits/{id}/check/help")
    String confirmHelp(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("visit", checkIns.visit(me, id));
        return "lonework/help";
    }

    @Performs(Command.ASK_FOR_HELP_ON_VISIT)
    @PostMapping("/visits/{id}/check/help")
    String help(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        return Actions.run(redirect, "/visits/" + id + "/check", () -> {
            checkIns.needHelp(me, id);
            return Messages.text("lonework.banner.help-sent");
        });
    }

    /** Back to the page the buttons were on, if it is one of ours; otherwise the visit's check page. */
    static String backOr(String back, UUID visitId) {
        return local(back, "/visits/" + visitId + "/check");
    }

    /** A path on this site (letters, digits, slashes, dashes), never another site's address; else the fallback. */
    static String local(String back, String fallback) {
        return back != null && back.matches("/[A-Za-z0-9_-][A-Za-z0-9/_-]{0,200}") ? back : fallback;
    }
}
