package org.therapyassist.competence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.competence.PassportIssuers;
import org.therapyassist.competence.PassportPdf;
import org.therapyassist.competence.Passports;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.CreatedId;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Competency passport", description = "Signed, portable record of competencies, training and qualifications; "
        + "verify and import passports from other Therapy Assist services")
class PassportApi {

    private final Passports passports;
    private final PassportIssuers issuers;

    PassportApi(Passports passports, PassportIssuers issuers) {
        this.passports = passports;
        this.issuers = issuers;
    }

    @GetMapping("/api/v1/staff/{id}/passport")
    @Operation(summary = "The person's passport, signed by this organisation (Ed25519 over the base64 payload's bytes)")
    ResponseEntity<Passports.SignedPassport> passport(CurrentUser me, @PathVariable UUID id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("competency-passport.json").build().toString())
                .body(passports.issue(me, id));
    }

    @GetMapping(value = "/api/v1/staff/{id}/passport.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The readable copy of the passport as a PDF, in English or Welsh")
    ResponseEntity<byte[]> passportPdf(CurrentUser me, @PathVariable UUID id,
            @Parameter(description = "The language to print in: en-GB or cy; the caller's language (Accept-Language) "
                    + "when left out. Any other value is a 400.", schema = @Schema(allowableValues = {"en-GB",
                            "cy"})) @RequestParam(required = false) String lang) {
        return pdf(passports, me, id, PassportPdf.language(lang));
    }

    static ResponseEntity<byte[]> pdf(Passports passports, CurrentUser me, UUID id, Locale language) {
        Passports.SignedPassport signed = passports.issue(me, id);
        Passports.Content content = passports.verify(me, signed).content();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("competency-passport.pdf").build().toString())
                .body(PassportPdf.render(content, signed, language));
    }

    @Performs(Command.VERIFY_PASSPORT)
    @PostMapping("/api/v1/passports/verify")
    @Operation(summary = "Check a passport's signature and whether its issuer is trusted here; changes nothing")
    Passports.Verification verify(CurrentUser me, @RequestBody Passports.SignedPassport body) {
        return passports.verify(me, body);
    }

    @Performs(Command.IMPORT_PASSPORT)
    @PostMapping("/api/v1/staff/{id}/passports")
    @Operation(summary = "Import a verified passport from a trusted issuer for the person it was issued to; it is evidence "
            + "for local assessors, not a sign-off; 422 when the signature is invalid, the issuer is not trusted or it "
            + "names someone else")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(422)
    ResponseEntity<CreatedId> importPassport(CurrentUser me, @PathVariable UUID id,
            @RequestBody Passports.SignedPassport body) {
        return ResponseEntity.status(201).body(new CreatedId(passports.importFor(me, id, body)));
    }

    @GetMapping("/api/v1/staff/{id}/passports")
    @Operation(summary = "Passports imported for the person, newest first")
    ResponseEntity<List<Passports.Imported>> imported(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        return PagedResponses.of(passports.importedFor(me, id, page));
    }

    @GetMapping("/api/v1/passport/issuer-key")
    @Operation(summary = "This organisation's public key and key id, to give to services that import its passports")
    Passports.TrustedIssuer ownKey(CurrentUser me) {
        return issuers.ownKey(me);
    }

    @GetMapping("/api/v1/passport/trusted-issuers")
    @Operation(summary = "Issuers whose passports this organisation imports")
    ResponseEntity<List<Passports.TrustedIssuer>> trusted(CurrentUser me, PageRequest page) {
        return PagedResponses.of(issuers.trustedIssuers(me, page));
    }

    @Performs(Command.TRUST_PASSPORT_ISSUER)
    @PostMapping("/api/v1/passport/trusted-issuers")
    @Operation(summary = "A team lead adds another service's public key as a trusted issuer")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Passports.TrustedIssuer> trust(CurrentUser me, @Valid @RequestBody NewIssuer body) {
        return ResponseEntity.status(201).body(issuers.trust(me, body.issuerName(), body.publicKey()));
    }

    @Schema(name = "NewTrustedIssuer")
    record NewIssuer(@NotBlank(message = "{competence.api.issuer-name.blank}") String issuerName,
            @NotBlank(message = "{competence.api.public-key.blank}") @Schema(description = "The issuer's Ed25519 public key, base64") String publicKey) {
    }
}
