package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.IntegrationTest;

/**
 * A support worker on her phone finds her e-mail notifications from My development, is told plainly that an address
 * has no domain, and keeps new delegations but not escalations.
 */
@IntegrationTest
class NotificationSettingsJourneyBrowserTest extends BrowserJourney {

    @Test
    void aWorkerOnHerPhoneChoosesWhichEmailsSheGetsFromMyDevelopment() {
        CurrentUser worker = fixtures.newSupportWorker(2);
        Page phone = browser.signIn(worker.username(), true);
        phone.navigate("/development");
        phone.click("[data-testid=notification-settings]");
        assertThat(phone.locator("h1")).hasText("E-mail notifications");
        assertThat(phone.locator("#email")).hasAttribute("type", "email");
        assertThat(phone.locator("#email")).hasAttribute("autocomplete", "email");
        assertThat(phone.locator("#escalations")).isChecked();
        assertThat(phone.locator("#newDelegations")).isChecked();
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        phone.fill("#email", "hannah@localhost");
        phone.click("[data-testid=save-notifications]");
        assertThat(phone).hasTitle(Pattern.compile("^Error: "));
        assertThat(phone.locator(".nhsuk-error-summary a[href='#email']"))
                .hasText("Enter an e-mail address in the correct format, like name@example.nhs.uk");
        assertThat(phone.locator("#email")).hasValue("hannah@localhost");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        phone.fill("#email", "hannah.new@nhs.example");
        untick(phone, "#escalations");
        phone.click("[data-testid=save-notifications]");
        assertThat(phone.locator("[data-testid=banner]")).hasText("Your e-mail settings are saved.");
        assertThat(phone.locator("#email")).hasValue("hannah.new@nhs.example");
        assertThat(phone.locator("#escalations")).not().isChecked();
        assertThat(phone.locator("#newDelegations")).isChecked();
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-notification-settings.png")).setFullPage(true));
    }
}
