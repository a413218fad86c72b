package org.therapyassist.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.therapyassist.platform.CurrentUser;

/** Puts the signed-in user in every page's model, for the header and navigation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return WebConfig.currentUser();
    }
}
