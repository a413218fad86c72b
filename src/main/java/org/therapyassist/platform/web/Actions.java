package org.therapyassist.platform.web;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;

/**
 * A button that does one thing and goes back to a page (accept, sign, cancel a booking, dismiss): a refusal comes back
 * on that page as "There is a problem" with its message, and nothing is saved. Which refusals those are is decided as
 * for a form ({@link FormPost}): bad input, 409 and 422; not allowed and not found go to the error page.
 */
public final class Actions {

    private Actions() {
    }

    /** Runs the action, whose result is the banner to show; goes to {@code to} either way. */
    public static String run(RedirectAttributes redirect, String to, Supplier<String> banner) {
        return attempt(redirect, to, () -> {
            redirect.addFlashAttribute("banner", banner.get());
            return "redirect:" + to;
        });
    }

    /** Runs the action, which returns where to go (and sets its banner); a refusal goes back to {@code back}. */
    public static String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInputException | ConflictException | RefusedException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf((DomainException) e));
            return "redirect:" + back;
        }
    }
}
