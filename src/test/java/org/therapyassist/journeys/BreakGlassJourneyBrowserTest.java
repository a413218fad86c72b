package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.IntegrationTest;

/**
 * Break-glass both ways, in a real browser: a support worker refused a record outside her caseload gives a reason from
 * the refusal page on her phone and lands back where she was going; the team lead reviews the opening.
 */
@IntegrationTest
class BreakGlassJourneyBrowserTest extends BrowserJourney {

    @Test
    void aSupportWorkerOutsideTheCaseloadGivesAReasonFromTheRefusalAndATeamLeadReviewsIt() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        String timeline = "/patients/" + episode.patientId() + "/timeline";

        Page chloe = browser.signIn("chloe.sw", true);
        chloe.navigate(timeline);
        assertThat(chloe.locator("h1")).hasText("You cannot see this page");
        assertThat(chloe.locator("[data-testid=break-glass-link]")).isVisible();
        assertAccessible(chloe);
        assertNoHorizontalScroll(chloe);
        chloe.click("[data-testid=break-glass-link]");
        chloe.fill("#reason", "Covering Hannah's visit; the daughter asked me to check the exercise sheet.");
        chloe.click("button:has-text('Open the record')");
        assertThat(chloe).hasURL("http://localhost:" + port + timeline);

        Page lead = browser.signIn("lead.demo", false);
        lead.navigate("/team");
        lead.click("[data-testid=break-glass-review-link]");
        Locator opening = lead.locator("[data-testid=break-glass-opening]",
                new Page.LocatorOptions().setHasText("Covering Hannah's visit"));
        assertThat(opening).containsText("Chloe Evans");
        assertAccessible(lead);
        opening.locator("label:has-text('Appropriate')").click();
        opening.locator("button:has-text('Record review')").click();
        assertThat(lead.locator("[data-testid=banner]")).containsText("Review recorded");
        lead.navigate("/break-glass?reviewed=true");
        assertThat(lead.locator("[data-testid=break-glass-opening]", new Page.LocatorOptions()
                .setHasText("Covering Hannah's visit"))).containsText("Appropriate");
        assertAccessible(lead);
    }
}
