package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.IntegrationTest;

/**
 * Before the session (issue 14), in a real browser: the therapist asks for a heart rate with their limits when
 * delegating; the support worker, on a 360 px phone, opens the task, goes through the checklist and finds the heart
 * rate too high; the session stops and the therapist sees the escalation at the top of their inbox.
 */
@IntegrationTest
class PreSessionCheckJourneyBrowserTest extends BrowserJourney {

    @Test
    void aFailedObservationStopsTheSessionAndEscalates() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));

        Page therapist = browser.signIn("pt.demo", false);
        therapist.navigate("/delegations/new?patientId=" + episode.patientId());
        therapist.selectOption("#taskType", "EXERCISE_PROGRAMME");
        assertThat(therapist.locator("[data-testid=competent-now]")).containsText("Competent for this task today");
        therapist.selectOption("#workerId", new SelectOption().setLabel(therapist.locator("#workerId option",
                new Page.LocatorOptions().setHasText("Hannah Caldwell")).first().textContent().strip()));
        therapist.fill("#instructions", "Sit to stand from the chair, 3 sets of 8.");
        tick(therapist, "input[name=frequency][value=DAILY]");
        therapist.fill("#escalationCriteria", "Dizziness, chest pain, or pain above 6 out of 10.");
        therapist.fill("#patientRisks", "Falls risk.");
        tick(therapist, "input[name=consent][value=GIVEN]");
        tick(therapist, "input[name=supervision][value=INDIRECT]");
        therapist.fill("#contactInstructions", "Mobile 07700 900461");
        for (String c : new String[]{"checkBestInterest", "checkWithinRole", "checkAppropriateNow", "checkConsent",
                "checkCompetentAndConfident", "checkCanReportBack"}) {
            tick(therapist, "#" + c);
        }
        // The form offers limits to start from; the therapist asks for a heart rate and lowers the upper limit.
        assertThat(therapist.locator("#heartRateLow")).hasValue("50");
        tick(therapist, "#observation-heartRate");
        therapist.fill("#heartRateHigh", "100");
        assertAccessible(therapist);
        therapist.click("button:has-text('Delegate task')");
        assertThat(therapist.locator("[data-testid=observation-limits]"))
                .hasText("Heart rate: 50 to 100 beats a minute");
        String delegationUrl = therapist.url().replace("?created", "");

        Page worker = browser.signIn("hca.demo", true);
        worker.navigate(delegationUrl);
        worker.click("button:has-text('Accept task')");
        assertThat(worker.locator("[data-testid=observation-limits]")).containsText("50 to 100 beats a minute");
        worker.click("[data-testid=before-session]");
        assertThat(worker.locator("h1")).hasText("Before the session");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        assertThat(worker.locator("#heartRate")).hasAttribute("inputmode", "numeric");
        // Nothing answered: each question says what is missing.
        worker.click("button:has-text('Continue')");
        assertThat(worker.locator(".nhsuk-error-summary"))
                .containsText("Say whether the patient agrees to the session today");
        assertAccessible(worker);

        tick(worker, "#consentToday-0");
        worker.fill("#heartRate", "128");
        for (String flag : new String[]{"newChestPain", "breathlessAtRest", "newConfusion", "fallSinceLastVisit",
                "dizzyOrFaint"}) {
            tick(worker, "#" + flag + "-1");
        }
        worker.click("button:has-text('Continue')");
        assertThat(worker.locator("[data-testid=check-outcome]")).hasText("Stop: do not start the session");
        assertThat(worker.locator("[data-testid=check-reasons]"))
                .containsText("Heart rate 128 beats a minute: outside the limit set (50 to 100 beats a minute)");
        assertThat(worker.locator("main")).containsText("Mobile 07700 900461");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-session-stopped.png"))
                .setFullPage(true));

        // The record form cannot be reached round the checklist.
        worker.navigate("/session-records/new?delegationId=" + delegationUrl.substring(delegationUrl.lastIndexOf('/')
                + 1));
        assertThat(worker.locator("h1")).hasText("Before the session");

        therapist.navigate("/inbox");
        Locator escalation = therapist.locator("[data-testid=escalation]",
                new Page.LocatorOptions().setHasText("Heart rate 128 beats a minute"));
        assertThat(escalation).hasCount(1);
        // Escalations are the inbox's first section: nothing else comes before them.
        assertThat(therapist.locator("main h2.nhsuk-heading-m").first()).containsText("Escalations");
        assertAccessible(therapist);
    }
}
