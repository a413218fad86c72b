package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The header's "Cymraeg" / "English" link: a plain link (it must work on the sign-in page, before there is a session
 * or a form token), which changes nothing but the language and goes back to the page it was followed from.
 */
@Controller
class LanguageController {

    private final LocaleResolver languages;

    LanguageController(LocaleResolver languages) {
        this.languages = languages;
    }

    @GetMapping("/language")
    String choose(@RequestParam(required = false) String to, @RequestParam(required = false) String back,
            HttpServletRequest request, HttpServletResponse response) {
        Languages.fromTag(to).ifPresent(language -> languages.setLocale(request, response, language));
        return "redirect:" + local(back);
    }

    /** Only a path on this site: "//evil.example" or "https://..." would make the link an open redirect. */
    static String local(String back) {
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//")
                || back.contains("\\") || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
