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
        String[] text = text(refusal);
        model.addAttribute("heading", text[0]);
        model.addAttribute("explanation", text[1]);
        model.addAttribute("whoToAsk", text[2]);
        model.addAttribute("reason", refusal == null ? "provider" : refusal.code());
        return "login-refused";
    }

    private static String[] text(Refusal refusal) {
        String admin = "Ask your team lead or your Therapy Assist administrator.";
        if (refusal == null) {
            return new String[]{"Signing in with your identity provider did not work",
                    "Your identity provider did not complete the sign-in. Try again.",
                    "If it keeps happening, contact your IT service desk."};
        }
        return switch (refusal) {
            case NO_STAFF_RECORD -> new String[]{"You do not have a Therapy Assist account",
                    "Your identity provider signed you in, but no staff record in Therapy Assist is linked to you. "
                            + "An administrator adds staff and sets each username to the one your identity provider "
                            + "gives.",
                    admin + " They can add you from Staff, or check the username on your staff record."};
            case ACCOUNT_DISABLED -> new String[]{"Your Therapy Assist account is switched off",
                    "Your staff record is disabled, so you cannot sign in, with your smartcard or a password.",
                    admin + " Only they can switch it back on."};
            case OTHER_ORGANISATION -> new String[]{"You chose a role at another organisation",
                    "The NHS role you selected when signing in is at an organisation other than the one your "
                            + "Therapy Assist account belongs to. Sign in again and choose your role at your "
                            + "therapy service.",
                    "If you do not have a role there, ask your Registration Authority (RA) or your team lead."};
            case NO_ROLE_SELECTED -> new String[]{"No NHS role was selected",
                    "Your identity provider did not say which NHS role you are working in. Sign in again and choose "
                            + "your role.",
                    "If you are not offered a role, ask your Registration Authority (RA)."};
            case NO_USERNAME -> new String[]{"Your identity provider did not say who you are",
                    "The sign-in came back without the name Therapy Assist links to a staff record.",
                    "Contact your IT service desk: the identity provider's set-up needs checking."};
        };
    }
}
