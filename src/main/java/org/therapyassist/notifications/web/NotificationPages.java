package org.therapyassist.notifications.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.notifications.NotificationSettings;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** "E-mail notifications": a person's own choice of e-mails, linked from My development. */
@Controller
class NotificationPages {

    private final NotificationSettings settings;

    NotificationPages(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/notifications/settings")
    String show(CurrentUser me, Model model) {
        NotificationSettings.Settings mine = settings.mine(me);
        Map<String, String> values = new HashMap<>();
        values.put("email", mine.email() == null ? "" : mine.email());
        values.put("escalations", String.valueOf(mine.escalations()));
        values.put("newDelegations", String.valueOf(mine.newDelegations()));
        return page(me, model, new FormErrors(), FormValues.ofSingle(values));
    }

    @Performs(Command.CHOOSE_NOTIFICATIONS)
    @PostMapping("/notifications/settings")
    String change(CurrentUser me, FormPost<NotificationSettings.Change> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(change -> {
            settings.change(me, change);
            redirect.addFlashAttribute("banner", Messages.text("notifications.settings.saved"));
            return "redirect:/notifications/settings";
        }, (errors, values) -> page(me, model, errors, values));
    }

    private String page(CurrentUser me, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("escalationsChecked", values.checked("escalations"));
        model.addAttribute("newDelegationsChecked", values.checked("newDelegations"));
        return "notifications/settings";
    }
}
