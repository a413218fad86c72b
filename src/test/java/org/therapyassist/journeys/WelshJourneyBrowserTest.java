package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.support.IntegrationTest;

/**
 * A support worker whose phone is set to Welsh signs in in Welsh, switches to English from the header, and finds
 * English again on another phone set to Welsh: the choice follows the person, the browser's language only decides a
 * first visit.
 */
@IntegrationTest
class WelshJourneyBrowserTest extends BrowserJourney {

    private static final String USER = "megan.ap";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("update staff_member set preferred_language = null where username = ?").param(USER).update();
    }

    @Test
    void aWelshPhoneGetsWelshAndTheHeaderSwitchIsRememberedForThePerson() {
        Page phone = browser.anonymousPhone("cy-GB");
        // Turned away by the identity provider's sign-in, before any session: told why in Welsh.
        phone.navigate("/login/refused?reason=no-staff-record");
        assertThat(phone.locator("html")).hasAttribute("lang", "cy");
        assertThat(phone.getByTestId("refused-heading")).hasText("Nid oes gennych gyfrif Therapy Assist");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        phone.navigate("/login");
        assertThat(phone.locator("html")).hasAttribute("lang", "cy");
        assertThat(phone.locator("h1")).hasText("Mewngofnodi i Therapy Assist");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        phone.fill("#username", USER);
        phone.fill("#password", "demo");
        phone.click("button:has-text('Mewngofnodi')");
        assertThat(phone).hasURL(Pattern.compile("/my-day$"));
        assertThat(phone.locator("html")).hasAttribute("lang", "cy");
        assertThat(phone.locator(".nhsuk-header__account-button")).hasText("Allgofnodi");
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        // The header's switch, named in the other language; back on the same page, in English.
        phone.click("[data-testid=language-switch]");
        assertThat(phone).hasURL(Pattern.compile("/my-day$"));
        assertThat(phone.locator("html")).hasAttribute("lang", "en-GB");
        assertThat(phone.locator(".nhsuk-header__account-button")).hasText("Sign out");
        assertThat(phone.locator("[data-testid=language-switch]")).hasText("Cymraeg");

        // Another phone, also set to Welsh: once signed in, the person's own choice wins.
        Page other = browser.anonymousPhone("cy-GB");
        other.navigate("/login");
        other.fill("#username", USER);
        other.fill("#password", "demo");
        other.click("button:has-text('Mewngofnodi')");
        assertThat(other).hasURL(Pattern.compile("/my-day$"));
        assertThat(other.locator("html")).hasAttribute("lang", "en-GB");
        assertThat(other.locator(".nhsuk-header__account-button")).hasText("Sign out");
    }
}
