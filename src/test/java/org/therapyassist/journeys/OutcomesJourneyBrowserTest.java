package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.IntegrationTest;

/** A physiotherapist records a Berg Balance Scale on a phone, fixes an item error, and sees the chart and table. */
@IntegrationTest
class OutcomesJourneyBrowserTest extends BrowserJourney {

    @Test
    void aBergIsRecordedOnAPhoneAndShownOnTheChart() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        Page pt = browser.signIn("pt.demo", true);
        pt.navigate("/patients/" + episode.patientId());
        assertThat(pt.locator("[data-testid=outcomes-section]")).containsText("No outcome measures recorded");
        pt.click("[data-testid=record-measure]");
        assertAccessible(pt);
        pt.click("a:has-text('Berg Balance Scale')");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
        int[] scores = {3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            pt.locator("#item" + i + "-" + scores[i]).check(new Locator.CheckOptions().setForce(true));
        }
        // Item 14 forgotten: the page says which item, beside it and in the summary.
        pt.click("button:has-text('Save Berg')");
        assertThat(pt.locator(".nhsuk-error-summary")).containsText("Enter a score for Standing on one leg");
        assertThat(pt).hasTitle(Pattern.compile("^Error: "));
        assertAccessible(pt);
        pt.locator("#item13-1").check(new Locator.CheckOptions().setForce(true));
        pt.click("button:has-text('Save Berg')");
        assertThat(pt.locator("[data-testid=banner]")).containsText("Berg Balance Scale recorded: 35 points");
        assertThat(pt.locator("[data-testid=latest]")).containsText("Medium risk of falls");
        assertThat(pt.locator("[data-testid=measure-chart] svg[role=img] > title"))
                .hasText("Berg Balance Scale over time");
        pt.click("summary:has-text('as a table')");
        assertThat(pt.locator("[data-testid=measure-table]")).containsText("35 points");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
        pt.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-berg-chart.png")));

        pt.navigate("/patients/" + episode.patientId());
        assertThat(pt.locator("[data-testid=outcomes-section]")).containsText("Berg Balance Scale");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
    }
}
