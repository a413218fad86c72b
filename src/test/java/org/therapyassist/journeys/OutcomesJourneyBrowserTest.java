package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.IntegrationTest;

/**
 * A physiotherapist records a Berg Balance Scale on a phone (suggested first for a neurological episode), fixes an item
 * error, and sees the chart and table; a team lead chooses the measures suggested for respiratory episodes.
 */
@IntegrationTest
class OutcomesJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBergIsRecordedOnAPhoneAndShownOnTheChart() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        Page pt = browser.signIn("pt.demo", true);
        pt.navigate("/patients/" + episode.patientId());
        assertThat(pt.locator("[data-testid=outcomes-section]")).containsText("No outcome measures recorded");
        pt.click("[data-testid=record-measure]");
        assertAccessible(pt);
        // A neurological episode: Berg comes first among the measures suggested for it.
        assertThat(pt.locator("[data-testid=suggested-measures] a").first()).hasText("Berg Balance Scale");
        pt.click("[data-testid=suggested-measures] a:has-text('Berg Balance Scale')");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
        // Compact: each item's five scores in one row of boxes, with what its top and bottom scores look like.
        assertThat(pt.locator("#item0-hint")).containsText("4: stands without using the hands");
        Assertions.assertThat(pt.locator("#item0 .ta-score").nth(4).boundingBox().y)
                .isEqualTo(pt.locator("#item0 .ta-score").first().boundingBox().y);
        Assertions
                .assertThat(
                        ((Number) pt.evaluate("() => document.querySelector('#item13').getBoundingClientRect().bottom"
                                + " - document.querySelector('#item0').getBoundingClientRect().top")).intValue())
                .as("the 14 items' height in px").isLessThan(2600);
        pt.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-berg-form.png"))
                .setFullPage(true));
        int[] scores = {3, 4, 4, 3, 3, 2, 3, 2, 2, 3, 2, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            tick(pt, "#item" + i + "-" + scores[i]);
        }
        // Item 14 forgotten: the page says which item, beside it and in the summary.
        pt.click("button:has-text('Save Berg')");
        assertThat(pt.locator(".nhsuk-error-summary")).containsText("Enter a score for Standing on one leg");
        assertThat(pt).hasTitle(Pattern.compile("^Error: "));
        assertAccessible(pt);
        tick(pt, "#item13-1");
        pt.click("button:has-text('Save Berg')");
        assertThat(pt.locator("[data-testid=banner]")).containsText("Berg Balance Scale recorded: 35 points");
        assertThat(pt.locator("[data-testid=latest]")).containsText("Medium risk of falls");
        assertThat(pt.locator("[data-testid=measure-chart] svg[role=img] > title"))
                .hasText("Berg Balance Scale over time");
        pt.click("summary:has-text('as a table')");
        assertThat(pt.locator("[data-testid=measure-table]")).containsText("35 points");
        // The chart's text is readable on the phone: at least 12 px as drawn.
        Assertions.assertThat(((Number) pt.evaluate("() => Math.min(...[...document.querySelectorAll("
                + "'[data-testid=measure-chart] svg text')].map(t => t.getBoundingClientRect().height))"))
                .doubleValue())
                .isGreaterThanOrEqualTo(12);
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
        pt.locator("main").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-berg-chart.png")));

        pt.navigate("/patients/" + episode.patientId());
        assertThat(pt.locator("[data-testid=outcomes-section]")).containsText("Berg Balance Scale");
        assertAccessible(pt);
        assertNoHorizontalScroll(pt);
    }

    @Test
    void aTeamLeadChoosesTheMeasuresSuggestedForRespiratoryEpisodesOnAPhone() {
        Page lead = browser.signIn("lead.demo", true);
        try {
            lead.navigate("/measures");
            lead.click("a:has-text('Measures suggested for each kind of episode')");
            assertThat(lead.locator("[data-testid=suggestions] [data-category=RESPIRATORY]"))
                    .containsText("6-minute walk test");
            assertAccessible(lead);
            assertNoHorizontalScroll(lead);
            lead.click("[data-category=RESPIRATORY] a:has-text('Change')");
            for (int i = 0; i < 7; i++) {
                // One more than may be suggested: the page says so and keeps what was ticked.
                tick(lead, "#measureKeys-" + i);
            }
            lead.click("button:has-text('Save suggestions')");
            assertThat(lead.locator(".nhsuk-error-summary")).containsText("6 measures or fewer");
            assertThat(lead.locator("#measureKeys-6")).isChecked();
            assertAccessible(lead);
            for (int i = 0; i < 7; i++) {
                untick(lead, "#measureKeys-" + i);
            }
            tick(lead, "input[value=WALK_6MIN]");
            tick(lead, "input[value=PSFS]");
            lead.click("button:has-text('Save suggestions')");
            assertThat(lead.locator("[data-testid=banner]")).containsText("Suggestions saved: Respiratory");
            assertThat(lead.locator("[data-category=RESPIRATORY]")).containsText("Chosen by your service");
            assertThat(lead.locator("[data-category=RESPIRATORY]")).containsText("Patient-Specific Functional Scale");
            assertNoHorizontalScroll(lead);
            lead.locator("main").screenshot(new Locator.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/phone-measure-suggestions.png")));
        } finally {
            // The demo service is shared by every test: back to the built-in suggestions.
            jdbc.sql("delete from measure_suggestion where organisation_id = ?")
                    .param(fixtures.user("lead.demo").organisationId()).update();
        }
    }
}
