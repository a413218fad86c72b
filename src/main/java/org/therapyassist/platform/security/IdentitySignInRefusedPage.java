package org.therapyassist.platform.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.therapyassist.platform.security.IdentityRules.Refusal;

/**
 * "We cannot sign you in": the identity provider knows the person but this service does not let them in. Says why
 * in plain words and who to ask (403); nothing about the person is shown, so the page is safe to reach by address.
 */
@Controller
class IdentitySignInRefusedPage {

    static final String PATH = "/login/refused";

    @GetMapping(PATH)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(@RequestParam(required = false) String reason, Model model) {
        Refusal refusal = reason == null ? null : Refusal.ofCode(reason).orElse(null);
        // The words come from security.refused.<reason>.* in the reader's language: this page is often reached with
        // no session, so the language is the cookie's or the browser's (LanguageResolver).
        model.addAttribute("reason", refusal == null ? "provider" : refusal.code());
        return "login-refused";
    }
}
