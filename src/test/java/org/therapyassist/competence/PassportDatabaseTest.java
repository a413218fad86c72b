package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class PassportDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Passports passports;
    @Autowired
    PassportIssuers issuers;
    @Autowired
    DelegationDesk desk;

    @Test
    void aPassportIssuedHereVerifiesAndImportsForThePersonItNames() {
        CurrentUser megan = fixtures.user("megan.ap");
        var signed = passports.issue(megan, megan.staffId());
        var verification = passports.verify(megan, signed);
        assertThat(verification.signatureValid()).isTrue();
        assertThat(verification.issuerTrusted()).isTrue();
        assertThat(verification.content().holder().familyName()).isEqualTo("Price");
        assertThat(verification.content().competencies()).extracting(Passports.CompetencyEntry::code).contains("3.06");
        var id = passports.importFor(megan, megan.staffId(), signed);
        assertThat(passports.importedFor(megan, megan.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(Passports.Imported::id).contains(id);
    }

    @Test
    void aTamperedPassportIsRejectedAndNothingIsImported() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser sam = fixtures.user("sw.demo");
        var signed = passports.issue(lead, sam.staffId());
        String json = new String(Base64.getDecoder().decode(signed.payload()), StandardCharsets.UTF_8);
        // Sam's hoist sign-off has expired; a forger adds it back with a later expiry.
        String forged = json.replace("\"competencies\":[", "\"competencies\":[{\"code\":\"3.06\",\"title\":\"Hoist\","
                + "\"signedOn\":\"2026-11-01\",\"expiresOn\":\"2027-11-01\",\"method\":\"OBSERVED\",\"assessor\":\"X\","
                + "\"assessorRegistration\":null},");
        var tampered = new Passports.SignedPassport(signed.format(), signed.keyId(), signed.publicKey(),
                Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)), signed.signature());
        assertThat(passports.verify(lead, tampered).signatureValid()).isFalse();
        int before = passports.importedFor(lead, sam.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items().size();
        assertThatThrownBy(() -> passports.importFor(lead, sam.staffId(), tampered))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("passport.signature-invalid"));
        assertThat(passports.importedFor(lead, sam.staffId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .hasSize(before);
    }

    @Test
    void aPassportFromAnUnknownIssuerIsNotImportedUntilALeadTrustsItsKey() {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser chloe = fixtures.user("chloe.sw");
        var original = passports.issue(lead, chloe.staffId());
        var elsewhere = PassportSignature.newKeys();
        byte[] payload = Base64.getDecoder().decode(original.payload());
        var foreign = new Passports.SignedPassport(Passports.FORMAT, elsewhere.keyId(), elsewhere.publicKey(),
                original.payload(), PassportSignature.sign(payload, elsewhere.privateKey()));
        var verification = passports.verify(lead, foreign);
        assertThat(verification.signatureValid()).isTrue();
        assertThat(verification.issuerTrusted()).isFalse();
        assertThatThrownBy(() -> passports.importFor(lead, chloe.staffId(), foreign))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("passport.issuer-not-trusted"));

        issuers.trust(lead, "Southbay Community Therapy Service", elsewhere.publicKey());
        assertThat(passports.importFor(lead, chloe.staffId(), foreign)).isNotNull();
    }

    @Test
    void somebodyElsesPassportCannotBeImportedIntoYourRecord() {
        CurrentUser lead = fixtures.user("lead.demo");
        var megansPassport = passports.issue(lead, fixtures.user("megan.ap").staffId());
        assertThatThrownBy(() -> passports.importFor(lead, fixtures.user("hca.demo").staffId(), megansPassport))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("passport.holder-mismatch"));
    }

    @Test
    void anImportedPassportDoesNotByItselfMakeSomeoneDelegableHere() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser megan = fixtures.user("megan.ap");
        CurrentUser hannah = fixtures.user("hca.demo");
        // A passport naming Hannah with a hoist sign-off, from a trusted issuer: Megan's sign-offs relabelled as
        // Hannah's.
        var megans = passports.issue(pt, megan.staffId());
        String json = new String(Base64.getDecoder().decode(megans.payload()), StandardCharsets.UTF_8)
                .replace("\"givenName\":\"Megan\"", "\"givenName\":\"Hannah\"")
                .replace("\"familyName\":\"Price\"", "\"familyName\":\"Caldwell\"");
        var issuer = PassportSignature.newKeys();
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        issuers.trust(fixtures.user("lead.demo"), "Westmoor Hospital Therapy", issuer.publicKey());
        passports.importFor(hannah, hannah.staffId(), new Passports.SignedPassport(Passports.FORMAT, issuer.keyId(),
                issuer.publicKey(), Base64.getEncoder().encodeToString(payload),
                PassportSignature.sign(payload, issuer.privateKey())));

        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER",
                        hannah.staffId())))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void theReadableCopyNamesThePersonTheirCompetenciesAndTheKey() throws Exception {
        CurrentUser megan = fixtures.user("megan.ap");
        var signed = passports.issue(megan, megan.staffId());
        byte[] pdf = PassportPdf.render(passports.verify(megan, signed).content(), signed);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Competency passport", "Megan Price", "3.06 Carry out a hoist transfer",
                    "Northgate Community and Acute Therapy Service", signed.keyId());
        }
    }
}
