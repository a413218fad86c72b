package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.therapyassist.support.IntegrationTest;

/**
 * A support worker records their basic life support renewal with a certificate on a 360 px phone (a disguised file
 * is refused first); the team lead then sees the course in date and can open the certificate.
 */
@IntegrationTest
class TrainingJourneyBrowserTest extends BrowserJourney {

    void fillTraining(Page page) {
        var today = fixtures.today();
        page.selectOption("#courseCode", "BASIC_LIFE_SUPPORT");
        page.fill("#completedOnDay", String.valueOf(today.getDayOfMonth()));
        page.fill("#completedOnMonth", String.valueOf(today.getMonthValue()));
        page.fill("#completedOnYear", String.valueOf(today.getYear()));
        page.fill("#provider", "Resuscitation team");
    }

    @Test
    void supportWorkerRecordsTrainingWithACertificateOnAPhoneAndTheLeadSeesItInDate() {
        String hca = fixtures.user("hca.demo").staffId().toString();
        Page phone = browser.signIn("hca.demo", true);
        phone.navigate("/staff/" + hca);
        phone.click("text=Training and qualifications");
        assertThat(phone.locator("h1")).hasText("Training and qualifications");
        assertThat(phone.locator("[data-course=BASIC_LIFE_SUPPORT]")).containsText("Expired");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        fillTraining(phone);
        phone.setInputFiles("#file", new FilePayload("bls.pdf", "application/pdf",
                "<html><body>not a certificate</body></html>".getBytes(StandardCharsets.UTF_8)));
        phone.click("button:has-text('Record training')");
        assertThat(phone).hasTitle(Pattern.compile("^Error: "));
        assertThat(phone.locator(".nhsuk-error-summary")).containsText("must be a PDF, PNG or JPEG");
        assertThat(phone.locator("#file-error")).isVisible();
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        fillTraining(phone);
        phone.setInputFiles("#file", new FilePayload("BLS certificate.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
        phone.click("button:has-text('Record training')");
        assertThat(phone.locator("[data-testid=banner]")).containsText("Basic life support recorded");
        assertThat(phone.locator("[data-course=BASIC_LIFE_SUPPORT]")).containsText("In date");
        assertThat(phone.locator("[data-testid=certificate]").first()).hasText("BLS certificate.pdf");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        phone.navigate("/staff/" + hca + "/pdp");
        assertThat(phone.locator("[data-testid=objective]").first()).isVisible();
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        Page lead = browser.signIn("lead.demo", false);
        lead.navigate("/staff/" + hca + "/training");
        assertThat(lead.locator("[data-course=BASIC_LIFE_SUPPORT]")).containsText("In date");
        var download = lead.waitForDownload(() -> lead.locator("[data-testid=certificate]").first().click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("BLS certificate.pdf");
        assertAccessible(lead);
    }
}
