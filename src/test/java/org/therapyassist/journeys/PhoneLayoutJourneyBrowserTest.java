package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.IntegrationTest;

/**
 * The everyday pages on a 360 px phone: tables whose last column is on the screen (as cards, or with a cue to scroll),
 * number and phone fields that open the right keypad, and phone numbers that dial with one tap.
 */
@IntegrationTest
class PhoneLayoutJourneyBrowserTest extends BrowserJourney {

    private static final int PHONE_WIDTH = 360;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeamOverviewAndAWorkersSignOffsShowEveryColumnOnAPhone() {
        Page lead = browser.signIn("lead.demo", true);
        lead.navigate("/team");
        Locator firstRow = lead.locator("[data-testid=team-table] tbody tr").first();
        // Each worker is a card: the last column's figure is on the screen beside its heading.
        Locator escalations = firstRow.locator("td").last();
        assertThat(escalations.locator(".nhsuk-table-responsive__heading")).isVisible();
        assertThat(escalations).containsText("Escalations");
        assertOnScreen(escalations);
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
        lead.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-team-overview.png"))
                .setFullPage(true));

        CurrentUser worker = fixtures.newSupportWorker(2, "3.07", "3.06");
        Page therapist = browser.signIn("pt.demo", true);
        therapist.navigate("/staff/" + worker.staffId());
        Locator withdraw = therapist.locator("[data-testid=sign-offs] button:has-text('Withdraw')").first();
        assertThat(withdraw).isVisible();
        assertOnScreen(withdraw);
        assertOnScreen(therapist.locator("[data-testid=sign-offs] input[name=reason]").first());
        assertAccessible(therapist);
        assertNoHorizontalScroll(therapist);
        therapist.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-staff-sign-offs.png")).setFullPage(true));
    }

    @Test
    void aGridWiderThanThePhoneSaysItScrollsAndNamesItsColumnCodes() {
        Page lead = browser.signIn("lead.demo", true);
        lead.navigate("/reports/training-needs");
        assertThat(lead.locator("p.ta-scroll-cue:has(+ .ta-grid-scroll)")).isVisible();
        assertThat(lead.locator("p.ta-scroll-cue:has(+ .ta-grid-scroll)"))
                .hasText("Scroll sideways to see every column");
        assertThat(lead.locator(".ta-grid-scroll.ta-scroll-more")).isVisible();
        assertThat(lead.locator("body")).not().containsText("Hover");
        lead.click("summary:has-text('What the column codes stand for')");
        assertThat(lead.locator("[data-testid=codes]")).containsText("3.06");
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
        lead.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-grid-scroll-cue.png")));

        // On a desktop the same page's narrow tables fit, and no cue is shown for them.
        Page desk = browser.signIn("lead.demo", false);
        desk.navigate("/team");
        assertThat(desk.locator("p.ta-scroll-cue:visible")).hasCount(0);
    }

    @Test
    void numberAndPhoneFieldsOpenTheirKeypadAndAPatientsNumberDialsWithOneTap() {
        Page pt = browser.signIn("pt.demo", true);
        pt.navigate("/patients/new");
        assertThat(pt.locator("#nhsNumber")).hasAttribute("inputmode", "numeric");
        assertThat(pt.locator("#nhsNumber")).hasAttribute("autocomplete", "off");
        assertThat(pt.locator("#phone")).hasAttribute("type", "tel");
        assertThat(pt.locator("#dateOfBirthYear")).hasAttribute("inputmode", "numeric");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);

        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        jdbc.sql("update patient set phone = '01632 960 123' where id = ?").param(episode.patientId()).update();
        pt.navigate("/patients/" + episode.patientId());
        assertThat(pt.locator("[data-testid=patient-phone] a")).hasAttribute("href", "tel:01632960123");
        assertThat(pt.locator("[data-testid=patient-phone] a")).hasText("01632 960 123");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
        pt.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-patient-record.png")));
    }

    @Test
    void aNumberInHowToReachTheRegistrantDialsWithOneTap() {
        CurrentUser therapist = fixtures.user("pt.demo");
        UUID id = jdbc.sql("select id from delegation where organisation_id = ? and delegator_id = ? "
                + "order by id fetch first 1 rows only").params(therapist.organisationId(), therapist.staffId())
                .query(UUID.class).single();
        String before = jdbc.sql("select contact_instructions from delegation where id = ?").param(id)
                .query(String.class).single();
        try {
            jdbc.sql("update delegation set contact_instructions = ? where id = ?")
                    .params("Bleep 4412 or ring 01632 960 111", id).update();
            Page pt = browser.signIn("pt.demo", true);
            pt.navigate("/delegations/" + id);
            Locator contact = pt.locator("[data-testid=contact-instructions]");
            assertThat(contact).hasText("Bleep 4412 or ring 01632 960 111");
            assertThat(contact.locator("a")).hasCount(1);
            assertThat(contact.locator("a")).hasAttribute("href", "tel:01632960111");
            assertAccessible(pt);
            assertNoHorizontalScroll(pt);
        } finally {
            jdbc.sql("update delegation set contact_instructions = ? where id = ?").params(before, id).update();
        }
    }

    /** Wholly inside the phone's width: nothing cut off at the right edge. */
    private static void assertOnScreen(Locator element) {
        element.scrollIntoViewIfNeeded();
        BoundingBox box = element.boundingBox();
        Assertions.assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
        Assertions.assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
