package org.therapyassist.inbox.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.reminders.ReminderGroup;
import org.therapyassist.reminders.Reminders;

/**
 * All of one's reminders a page at a time, and dismissing them (one, a group, or all), then back to where they were.
 */
@Controller
class ReminderPages {

    static final int PAGE_SIZE = 25;

    private final Reminders reminders;

    ReminderPages(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/reminders")
    String list(CurrentUser me, @RequestParam(required = false) ReminderGroup group,
            @PageSize(PAGE_SIZE) PageRequest page,
            Model model) {
        model.addAttribute("group", group);
        model.addAttribute("found", reminders.openFor(me.organisationId(), me.staffId(), group, page));
        model.addAttribute("summary", reminders.summaryFor(me.organisationId(), me.staffId()));
        return "inbox/reminder-list";
    }

    @Performs(Command.DISMISS_REMINDER)
    @PostMapping("/reminders/{id}/dismiss")
    String dismiss(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String back,
            @RequestParam(required = false) ReminderGroup group, RedirectAttributes redirect) {
        return Actions.run(redirect, back(back, group), () -> {
            reminders.dismiss(me, id);
            return Messages.text("inbox.reminder.dismissed");
        });
    }

    @Performs(Command.DISMISS_REMINDER)
    @PostMapping("/reminders/dismiss-all")
    String dismissAll(CurrentUser me, @RequestParam(required = false) ReminderGroup group,
            @RequestParam(required = false) String raisedUpTo, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        int n = reminders.dismissAll(me, group, instant(raisedUpTo));
        redirect.addFlashAttribute("banner", n == 0
                ? Messages.text("inbox.reminders.dismissed.none")
                : n == 1
                        ? Messages.text("inbox.reminders.dismissed.one")
                        : Messages.text("inbox.reminders.dismissed.many", n));
        return "redirect:" + back(back, "list".equals(back) ? null : group);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(
                    Map.of("raisedUpTo", Messages.text("inbox.reminders.raised-up-to.blank")));
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    Map.of("raisedUpTo", Messages.text("inbox.reminders.raised-up-to.format")));
        }
    }

    private static String back(String back, ReminderGroup group) {
        if ("inbox".equals(back)) {
            return "/inbox";
        }
        if ("list".equals(back)) {
            return "/reminders" + (group == null ? "" : "?group=" + group.name());
        }
        return "/my-day";
    }
}
