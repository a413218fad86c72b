package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class ErrorPagesController {

    /** Where a refused request is forwarded, whatever method it came with (a refused form post is a POST). */
    @RequestMapping("/error/forbidden")
    String forbidden(Model model, HttpServletResponse response) {
        return PageErrors.show(403, PageErrors.title(403),
                Messages.text("platform.error.forbidden.message"),
                "access.forbidden", model, response);
    }

    /** A form whose CSRF token did not match (signed in, but the form came from another session or page). */
    @GetMapping("/error/form-not-checked")
    String formNotChecked(Model model, HttpServletResponse response) {
        return PageErrors.show(403, Messages.text("platform.error.form-not-sent.title"),
                Messages.text("platform.error.form-not-checked.message"),
                "csrf.invalid", model, response);
    }
}
