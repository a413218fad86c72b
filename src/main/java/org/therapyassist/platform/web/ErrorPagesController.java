package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ErrorPagesController {

    @GetMapping("/error/forbidden")
    String forbidden(Model model, HttpServletResponse response) {
        return PageErrors.show(403, PageErrors.title(403),
                "Your role does not give access to this page. Ask your team lead if you think it should.",
                "access.forbidden", model, response);
    }
}
