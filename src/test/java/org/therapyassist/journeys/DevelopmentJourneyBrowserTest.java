package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.IntegrationTest;

/**
 * Development as people do it: a support worker self-assesses on a phone and asks for sign-off, the therapist signs it
 * off from the inbox and can then delegate the task to her; the lead reads the team's gap analysis.
 */
@IntegrationTest
class DevelopmentJourneyBrowserTest extends BrowserJourney {

    @Test
    void workerSelfAssessesAndAsksTherapistSignsOffAndTheTaskCanThenBeDelegatedToHer() {
        Page worker = browser.signIn("hca.demo", true);
        worker.navigate("/development");
        assertThat(worker.locator("h1")).hasText("My development");
        assertThat(worker.locator("[data-testid=profile]")).containsText("Support worker");
        assertThat(worker.locator("[data-testid=pathway]")).containsText("12 months as a support worker");
        worker.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-my-development.png")).setFullPage(true));
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);

        worker.click("summary:has-text('3. Clinical and technical skills')");
        worker.click("a:has-text('3.07 Carry out the Timed Up and Go')");
        assertThat(worker.locator("[data-testid=status]")).hasText("Expired or withdrawn");
        worker.click("button:has-text('Save self-assessment')");
        assertThat(worker.locator(".nhsuk-error-summary")).containsText("Choose how confident you are");
        tick(worker, "input[name=rating][value=CONFIDENT]");
        tick(worker, "input[name=evidenceKind][value=OBSERVED_PRACTICE]");
        worker.fill("#evidenceNote",
                "Observed by Sam Whitaker on Ward 7: three TUG tests timed and recorded correctly.");
        worker.click("button:has-text('Save self-assessment')");
        assertThat(worker.locator("[data-testid=banner]")).containsText("Self-assessment saved");
        assertThat(worker.locator("[data-testid=self-assessment]").first()).containsText("Confident");
        worker.fill("#note", "Ready to be reassessed; practised on the ward this week.");
        worker.click("[data-testid=request-sign-off]");
        assertThat(worker.locator("[data-testid=banner]")).containsText("Sign-off requested");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);

        Page therapist = browser.signIn("pt.demo", false);
        therapist.navigate("/inbox");
        therapist.click("[data-testid=sign-off-request] a:has-text('Hannah Caldwell: 3.07')");
        therapist.selectOption("#competencyCode", "3.07");
        LocalDate today = fixtures.today();
        therapist.fill("#signedOnDay", String.valueOf(today.getDayOfMonth()));
        therapist.fill("#signedOnMonth", String.valueOf(today.getMonthValue()));
        therapist.fill("#signedOnYear", String.valueOf(today.getYear()));
        tick(therapist, "input[name=method][value=OBSERVED]");
        therapist.fill("#evidence", "Observed two TUG measurements on bay 3, timing and safety correct.");
        therapist.click("button:has-text('Sign off competency')");
        assertThat(therapist.locator("[data-testid=banner]")).containsText("3.07 signed off");

        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        therapist.navigate("/patients/" + episode.patientId());
        therapist.click("text=Delegate a task");
        // htmx must be initialised before the choice of task can ask who is competent.
        therapist.waitForLoadState(LoadState.LOAD);
        therapist.selectOption("#taskType", "TUG_MEASUREMENT");
        assertThat(therapist.locator("[data-testid=competent-now]")).containsText("Hannah Caldwell");

        worker.navigate("/development");
        var download = worker.waitForDownload(() -> worker.click("[data-testid=passport-pdf]"));
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("competency-passport.pdf");
        assertThat(worker.locator("[data-testid=domain-3]")).containsText("3.07");
        worker.click("summary:has-text('3. Clinical and technical skills')");
        assertThat(worker.locator("[data-testid=domain-3] li", new Page.LocatorOptions().setHasText("3.07")))
                .containsText("Held");
    }

    @Test
    void leadReadsTheTeamGapAnalysisOnAPhone() {
        Page lead = browser.signIn("lead.demo", true);
        lead.navigate("/reports/training-needs");
        assertThat(lead.locator("h1")).hasText("Gap analysis and training needs");
        assertThat(lead.locator("[data-testid=grid]")).containsText("Hannah Caldwell");
        assertThat(lead.locator("[data-testid=domains] tbody tr")).hasCount(8);
        assertThat(lead.locator("[data-testid=totals]")).containsText("missing for stage");
        lead.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-gap-analysis.png")).setFullPage(true));
        assertThat(lead.locator("[data-testid=csv]")).isVisible();
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
        lead.click("a:has-text('Competency passports: trusted issuers')");
        assertThat(lead.locator("[data-testid=key-id]")).hasText(Pattern.compile("[0-9a-f]{32}"));
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
        lead.navigate("/reports/training-needs");
        lead.selectOption("#team", "");
        lead.click("button:has-text('Show')");
        assertThat(lead.locator("[data-testid=grid]")).containsText("Tom Reid");

        // The support workers' contribution report, from the team overview, on the same phone.
        lead.navigate("/team");
        lead.click("a:has-text(\"contribution: contacts and outcomes\")");
        assertThat(lead.locator("[data-testid=headline]")).containsText("contacts with");
        assertThat(lead.locator("[data-testid=shares]")).containsText("Group class attendances");
        assertThat(lead.locator("[data-testid=outcomes]")).containsText("Mostly support workers");
        lead.selectOption("#months", "3");
        lead.click("button:has-text('Show')");
        assertThat(lead.locator(".nhsuk-caption-l")).containsText("all teams");
        lead.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-contribution-report.png"))
                .setFullPage(true));
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
    }
}
