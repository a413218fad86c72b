package org.therapyassist.navigation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.therapyassist.navigation.MainMenu;
import org.therapyassist.navigation.Menu;
import org.therapyassist.platform.security.StaffPrincipal;

/** Puts the signed-in person's menu in every page's model, beside "me" (platform's LayoutAdvice). */
@ControllerAdvice(annotations = Controller.class)
class MenuAdvice {

    private final MainMenu menu;

    MenuAdvice(MainMenu menu) {
        this.menu = menu;
    }

    /** Nobody signed in (the sign-in page, an error before sign-in) gets an empty menu. */
    @ModelAttribute("menu")
    Menu menu(@AuthenticationPrincipal StaffPrincipal principal) {
        return menu.of(principal == null ? null : principal.user());
    }
}
