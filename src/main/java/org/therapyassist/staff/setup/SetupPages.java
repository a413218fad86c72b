package org.therapyassist.staff.setup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.internal.PasswordRules;

/**
 * The set-up page at the link from the log. Nobody is signed in (there is nobody yet), so the link's token is the
 * only key; there is no API twin, as every API call needs an account. Once done, the administrator signs in.
 */
@Controller
class SetupPages {

    private final ServiceSetup setup;

    SetupPages(ServiceSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model) {
        setup.check(token);
        return page(token, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.SET_UP_SERVICE)
    @PostMapping("/setup/{token}")
    String create(@PathVariable String token, FormPost<SetupForm> post, Model model) {
        // A wrong link learns nothing from the form, not even which usernames are taken.
        setup.check(token);
        return post.submit(form -> {
            setup.complete(token, form.service());
            return "redirect:/login?setup";
        }, (errors, values) -> page(token, model, errors, values));
    }

    private String page(String token, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("token", token);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("minimumPasswordLength", PasswordRules.MIN_LENGTH);
        return "staff/setup";
    }

    /** "24 hours", "30 minutes": how long a link works, as the log says it. */
    static String describe(Duration duration) {
        long hours = duration.toHours();
        if (hours > 0 && duration.equals(Duration.ofHours(hours))) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long minutes = Math.max(1, duration.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    record SetupForm(
            @NotBlank(message = "{staff.setup.organisation-name.blank}") @Size(max = 200, message = "{staff.setup.organisation-name.long}") String organisationName,
            @NotBlank(message = "{staff.setup.ods-code.blank}") @Pattern(regexp = "\\s*[A-Za-z0-9]{3,10}\\s*", message = "{staff.setup.ods-code.invalid}") String odsCode,
            @NotBlank(message = "{staff.setup.given-name.blank}") @Size(max = 80, message = "{staff.account.given-name.long}") String givenName,
            @NotBlank(message = "{staff.setup.family-name.blank}") @Size(max = 80, message = "{staff.account.family-name.long}") String familyName,
            @NotNull(message = "{staff.setup.band.blank}") @Min(value = 1, message = "{staff.account.band.range}") @Max(value = 9, message = "{staff.account.band.range}") Integer band,
            @NotBlank(message = "{staff.account.username.blank}") @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = "{staff.account.username.invalid}") String username,
            String password, String confirmPassword) {

        ServiceSetup.NewService service() {
            return new ServiceSetup.NewService(organisationName, odsCode, givenName, familyName, band, username,
                    password, confirmPassword);
        }
    }
}
