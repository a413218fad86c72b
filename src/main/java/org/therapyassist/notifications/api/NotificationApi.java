package org.therapyassist.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.notifications.NotificationSettings;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Notifications", description = "E-mails about an escalation raised with me or a task delegated to me: "
        + "where they go and which I get. They say what kind of thing happened and link into the app; they never "
        + "say who the patient is.")
class NotificationApi {

    private final NotificationSettings settings;

    NotificationApi(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/notifications/settings")
    @Operation(summary = "My e-mail settings (the defaults, both kinds on and no address, until I change them)")
    NotificationSettings.Settings mine(CurrentUser me) {
        return settings.mine(me);
    }

    @Performs(Command.CHOOSE_NOTIFICATIONS)
    @PutMapping("/api/v1/notifications/settings")
    @Operation(summary = "Change my e-mail settings: the address (empty or absent stops every e-mail) and which kinds "
            + "I get")
    NotificationSettings.Settings change(CurrentUser me, @Valid @RequestBody NotificationSettings.Change body) {
        return settings.change(me, body);
    }
}
