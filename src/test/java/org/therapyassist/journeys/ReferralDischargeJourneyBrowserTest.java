package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.equipment.EquipmentTestData;
import org.therapyassist.equipment.Loans;
import org.therapyassist.equipment.StockLedger;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Triage a referral on a phone; discharge a patient with equipment at home and download the letter. */
@IntegrationTest
class ReferralDischargeJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Referrals referrals;
    @Autowired
    Loans loans;
    @Autowired
    StockLedger ledger;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistTriagesAnUrgentReferralOnAPhoneAndTheEpisodeOpens() {
        CurrentUser pt = fixtures.user("pt.demo");
        Referral urgent = referrals.receiveForNewPatient(pt,
                new NewPatient(Fixtures.nextNhsNumber(), "Edna", "Farrow" + port,
                        LocalDate.of(1937, 8, 14), "2 Quay Street, Northgate", "NG1 3TT", null, List.of()),
                new ReferralCommands.NewReferral(UUID.randomUUID(), pt.teamId(), SourceRole.NURSE,
                        "Staff Nurse Ada Lowe",
                        "Ward 7", "Unable to stand since a fall this morning", Urgency.URGENT, fixtures.today()));
        Page page = browser.signIn("pt.demo", true);
        page.click("text=Referrals");
        assertThat(page.locator("h1")).hasText("Referrals waiting for triage");
        // The urgent referrals are listed before any routine one, and the overdue demo referral is flagged.
        List<String> urgencies = page.locator("[data-testid=queue-item] [data-testid=urgency]").allTextContents();
        Assertions.assertThat(urgencies.indexOf("Routine"))
                .isGreaterThan(urgencies.lastIndexOf("Urgent"));
        assertThat(page.locator("[data-testid=overdue]").first()).isVisible();
        assertAccessible(page);
        assertNoHorizontalScroll(page);

        page.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-referral-queue.png")));

        page.click("[data-testid=new-referral]");
        page.click("button:has-text('Record referral')");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter the reason for referral");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Enter the NHS number");
        assertAccessible(page);
        assertNoHorizontalScroll(page);
        page.navigate("/referrals");
        page.click("a:has-text('FARROW" + port + ", Edna')"); // the patients module's form of a name (H6)
        assertThat(page.locator("[data-testid=referral-status]")).hasText("Waiting for triage");
        page.check("label:has-text('Reject')");
        page.click("button:has-text('Record decision')");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Give the reason for rejecting the referral");
        assertAccessible(page);
        assertNoHorizontalScroll(page);

        page.check("label:has-text('Accept into an episode of care')");
        page.selectOption("#category", new SelectOption().setIndex(1));
        page.selectOption("#setting", new SelectOption().setIndex(1));
        page.fill("#location", "Ward 7, bay 3, bed 2");
        page.fill("#note", "");
        page.click("button:has-text('Record decision')");
        assertThat(page.locator("[data-testid=banner]")).containsText("Referral accepted");
        assertThat(page.locator("body")).containsText("Unable to stand since a fall this morning");

        page.navigate("/referrals/" + urgent.id());
        assertThat(page.locator("[data-testid=decision]")).containsText("Priya Raman");
        Assertions.assertThat(page.locator("button:has-text('Record decision')").count()).isZero();
    }

    @Test
    void aTherapistDischargesAPatientWithEquipmentAtHomeAndDownloadsTheLetter() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID store = EquipmentTestData.store(jdbc, pt, "Journey store " + UUID.randomUUID());
        ledger.receive(pt, store, "WALKING_FRAME", 1, null);
        loans.issue(pt, new Loans.NewLoan(episode.patientId(), store, "WALKING_FRAME", null, 1, null,
                "Shown how to use it", null, null, null));

        Page page = browser.signIn("pt.demo", true);
        page.navigate("/patients/" + episode.patientId());
        page.click("[data-testid=discharge]");
        assertThat(page.locator("h1")).containsText("Discharge summary");
        assertThat(page.locator("[data-testid=equipment-item]")).containsText("No plan yet");
        assertAccessible(page);
        assertNoHorizontalScroll(page);

        page.click("button:has-text('Sign discharge summary')");
        assertThat(page.locator(".nhsuk-error-summary"))
                .containsText("Say what happens to each item still at the patient's home");
        assertAccessible(page);

        page.check("label:has-text('Leave with the patient')");
        page.click("button:has-text('Save for this item')");
        assertThat(page.locator("[data-testid=banner]")).containsText("Saved what happens to the item");
        page.fill("#adviceGiven", "Walk to the end of the garden and back twice a day with the frame.");
        page.fill("#followUp", "Phone review in two weeks.");
        page.fill("#gpName", "Dr R Patel, Northgate Surgery");
        page.click("button:has-text('Save advice and follow-up')");
        page.click("text=Record a discussion");
        page.check("label:has-text('With the patient or family')");
        page.fill("#heldOnDay", String.valueOf(fixtures.today().getDayOfMonth()));
        page.fill("#heldOnMonth", String.valueOf(fixtures.today().getMonthValue()));
        page.fill("#heldOnYear", String.valueOf(fixtures.today().getYear()));
        page.fill("#participants", "Patient and her husband");
        page.fill("#agreed", "Home with the frame; husband to help with stairs");
        page.click("button:has-text('Record discussion')");
        assertThat(page.locator("[data-testid=discussion]")).containsText("husband");
        page.click("button:has-text('Sign discharge summary')");
        assertThat(page.locator("[data-testid=banner]")).containsText("Discharge summary signed");
        assertThat(page.locator("[data-testid=discharge-status]")).hasText("Signed");
        assertAccessible(page);
        assertNoHorizontalScroll(page);

        page.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-discharge-signed.png")));
        var download = page.waitForDownload(() -> page.click("[data-testid=letter]"));
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("discharge-letter.pdf");
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Discharge letter", "Walking frame", "Leave with the patient",
                            "Phone review in two weeks",
                            "Dr R Patel, Northgate Surgery");
        }
    }
}
