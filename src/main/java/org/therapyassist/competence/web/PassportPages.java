package org.therapyassist.competence.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.competence.PassportIssuers;
import org.therapyassist.competence.PassportPdf;
import org.therapyassist.competence.Passports;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import tools.jackson.databind.json.JsonMapper;

/** Downloading and importing competency passports, and the lead's list of trusted issuers. */
@Controller
class PassportPages {

    /** A passport is a few kilobytes; anything far larger is not one. */
    private static final long MAX_PASSPORT_BYTES = 1_000_000;

    private final Passports passports;
    private final PassportIssuers issuers;
    private final JsonMapper json;

    PassportPages(Passports passports, PassportIssuers issuers, JsonMapper json) {
        this.passports = passports;
        this.issuers = issuers;
        this.json = json;
    }

    @GetMapping("/staff/{id}/passport.json")
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("competency-passport.json").build().toString())
                .body(json.writeValueAsBytes(passports.issue(me, id)));
    }

    /** Printed in the language asked for ({@code lang=en-GB|cy}), the reader's own by default. */
    @GetMapping("/staff/{id}/passport.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String lang) {
        Locale language = PassportPdf.language(lang);
        Passports.SignedPassport signed = passports.issue(me, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("competency-passport.pdf").build().toString())
                .body(PassportPdf.render(passports.verify(me, signed).content(), signed, language));
    }

    @Performs(Command.IMPORT_PASSPORT)
    @PostMapping("/staff/{id}/passports")
    String importPassport(CurrentUser me, @PathVariable UUID id,
            @RequestParam(name = "passportFile", required = false) MultipartFile file, RedirectAttributes redirect) {
        return Actions.run(redirect, "/staff/" + id + "/development#passport", () -> {
            passports.importFor(me, id, passports.parse(read(file)));
            return Messages.text("competence.banner.passport-imported");
        });
    }

    private static byte[] read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(Map.of("file", Messages.text("competence.passport.file.blank")));
        }
        if (file.getSize() > MAX_PASSPORT_BYTES) {
            throw new InvalidInputException(Map.of("file", Messages.text("competence.passport.file.too-large")));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(Map.of("file", Messages.text("competence.passport.file.unreadable")));
        }
    }

    @GetMapping("/passports")
    String issuers(CurrentUser me, @PageSize(25) PageRequest page, Model model) {
        return issuersPage(me, page, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.TRUST_PASSPORT_ISSUER)
    @PostMapping("/passports/trusted-issuers")
    String trust(CurrentUser me, FormPost<TrustedIssuer> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            issuers.trust(me, form.issuerName(), form.publicKey());
            redirect.addFlashAttribute("banner", Messages.text("competence.banner.issuer-added"));
            return "redirect:/passports";
        }, (errors, values) -> issuersPage(me, PageRequest.first(25), model, errors, values));
    }

    /** Another organisation's passport key, to trust passports it signs. */
    record TrustedIssuer(String issuerName, String publicKey) {
    }

    private String issuersPage(CurrentUser me, PageRequest page, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("ownKey", issuers.ownKey(me));
        model.addAttribute("trusted", issuers.trustedIssuers(me, page));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "competence/passports";
    }
}
