package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.Episode;
import org.therapyassist.support.IntegrationTest;

/**
 * The delegation loop as people do it, in a real browser: the therapist delegates on a desktop, the support worker
 * accepts, records and signs on a 360 px phone and escalates, the therapist sees the escalation and countersigns.
 */
@IntegrationTest
class DelegationJourneyBrowserTest extends BrowserJourney {

    void fillDelegation(Page page, String task, String workerName) {
        page.selectOption("#taskType", task);
        // htmx fills in who is competent for the chosen task before the therapist picks a worker.
        assertThat(page.locator("[data-testid=competent-now]")).containsText("Competent for this task today");
        page.selectOption("#workerId", new SelectOption().setLabel(
                page.locator("#workerId option", new Page.LocatorOptions().setHasText(workerName)).first().textContent()
                        .strip()));
        page.fill("#instructions", "Sit to stand from the bedside chair, 3 sets of 8.");
        tick(page, "input[name=frequency][value=DAILY]");
        page.fill("#escalationCriteria", "Dizziness, chest pain, or pain above 6 out of 10.");
        page.fill("#patientRisks", "Falls risk; left-sided weakness.");
        tick(page, "input[name=consent][value=GIVEN]");
        tick(page, "input[name=supervision][value=INDIRECT]");
        for (String c : new String[]{"checkBestInterest", "checkWithinRole", "checkAppropriateNow", "checkConsent",
                "checkCompetentAndConfident", "checkCanReportBack"}) {
            tick(page, "#" + c);
        }
    }

    @Test
    void therapistDelegatesWorkerAcceptsRecordsAndEscalatesTherapistCountersigns() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));

        Page therapist = browser.signIn("pt.demo", false);
        therapist.navigate("/patients/" + episode.patientId());
        assertAccessible(therapist);
        therapist.click("text=Delegate a task");
        assertAccessible(therapist);
        fillDelegation(therapist, "EXERCISE_PROGRAMME", "Hannah Caldwell");
        therapist.click("button:has-text('Delegate task')");
        assertThat(therapist.locator("[data-testid=status]")).hasText("Awaiting response");
        String delegationUrl = therapist.url().replace("?created", "");

        Page worker = browser.signIn("hca.demo", true);
        worker.navigate("/my-day");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        Locator offer = worker.locator("[data-testid=to-answer]", new Page.LocatorOptions().setHasText("Patient"));
        offer.first().locator("a").click();
        assertNoHorizontalScroll(worker);
        worker.click("button:has-text('Accept task')");
        assertThat(worker.locator("[data-testid=status]")).hasText("Accepted");
        worker.click("text=Record a session");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.fill("#patientResponse", "Managed 2 sets, then dizzy on standing.");
        worker.fill("#painBefore", "3");
        worker.fill("#painAfter", "4");
        worker.fill("#escalation",
                "Stopped after 2 sets: dizzy and pale on standing. Sat down, settled in 5 minutes. Nurse told.");
        worker.click("button:has-text('Save record')");
        assertThat(worker.locator("[data-testid=record-status]")).containsText("Draft");
        worker.click("button:has-text('Sign record')");
        assertThat(worker.locator("[data-testid=record-status]")).hasText("Signed");
        assertThat(worker.locator("[data-testid=countersign-status]")).containsText("Awaiting countersignature");
        assertNoHorizontalScroll(worker);
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-signed-record.png"))
                .setFullPage(true));

        therapist.navigate("/inbox");
        assertAccessible(therapist);
        assertThat(therapist.locator("[data-testid=concern]", new Page.LocatorOptions().setHasText("dizzy and pale")))
                .hasCount(1);
        therapist.locator("[data-testid=to-countersign] a", new Page.LocatorOptions().setHasText("Patient")).first()
                .click();
        therapist.click("button:has-text('Countersign record')");
        assertThat(therapist.locator("[data-testid=countersign-status]")).containsText("Countersigned by Priya Raman");
        therapist.navigate(delegationUrl);
        assertThat(therapist.locator("[data-testid=status]")).hasText("Accepted");

        therapist.navigate("/inbox");
        Locator escalation = therapist.locator("[data-testid=escalation]",
                new Page.LocatorOptions().setHasText("dizzy and pale"));
        escalation.locator("textarea").fill("Thanks. Hold the programme today; I will assess her this afternoon.");
        escalation.locator("button:has-text('Send reply')").click();
        worker.navigate("/my-day");
        assertThat(worker.locator("[data-testid=reply]",
                new Page.LocatorOptions().setHasText("assess her this afternoon"))).hasCount(1);

        therapist.navigate(delegationUrl);
        therapist.click("text=Thank Hannah Caldwell");
        therapist.fill("#message", "You stopped at the right moment and told the nurse. Thank you.");
        therapist.click("button:has-text('Thank Hannah')");
        worker.navigate("/my-day");
        assertThat(worker.locator("[data-testid=thanks]",
                new Page.LocatorOptions().setHasText("stopped at the right moment"))).hasCount(1);
        assertAccessible(worker);
    }

    @Test
    void aRefusedDelegationShowsItsReasonAndWhoCouldDoItInstead() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        Page therapist = browser.signIn("pt.demo", false);
        therapist.navigate("/delegations/new?patientId=" + episode.patientId());
        fillDelegation(therapist, "HOIST_TRANSFER", "Sam Whitaker");
        therapist.click("button:has-text('Delegate task')");
        assertThat(therapist).hasTitle(Pattern.compile("^Error: "));
        // The code stays out of the words people read (it is in the API's problem+json and on the summary's element).
        assertThat(therapist.locator(".nhsuk-error-summary"))
                .hasAttribute("data-refusal-code", "delegation.competency-expired");
        assertThat(therapist.locator("main")).not().containsText("Reference:");
        // In words: who, which competency by its name, and the date as people write it.
        assertThat(therapist.locator("[data-testid=refusal]"))
                .containsText(Pattern.compile("^Sam Whitaker's sign-off for competency 3\\.06 [A-Z][a-z]+.* expired on "
                        + "\\d{1,2} [A-Z][a-z]{2} \\d{4}\\."));
        assertThat(therapist.locator("[data-testid=competent-colleagues]")).containsText("Megan Price");
        assertAccessible(therapist);
        therapist.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/desktop-refused-delegation.png")));
    }

    @Test
    void fieldErrorsAreSummarisedAndShownBesideEachField() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        Page therapist = browser.signIn("pt.demo", true);
        therapist.navigate("/delegations/new?patientId=" + episode.patientId());
        therapist.click("button:has-text('Delegate task')");
        assertThat(therapist.locator(".nhsuk-error-summary")).containsText("Choose the task");
        assertThat(therapist.locator("#instructions-error")).containsText("Enter the instructions");
        assertThat(therapist.locator("#checkCanReportBack-error")).isVisible();
        assertAccessible(therapist);
        assertNoHorizontalScroll(therapist);
    }

    @Test
    void mainPagesPassAxeAndFitAPhone() {
        Page anonymous = browser.anonymous();
        anonymous.navigate("/login");
        assertAccessible(anonymous);

        Page lead = browser.signIn("lead.demo", true);
        for (String path : new String[]{"/team", "/team/pulse", "/patients?q=a", "/staff", "/pulse",
                "/security/sign-in-alerts",
                "/policy", "/break-glass", "/break-glass?reviewed=true", "/equipment/inspections"}) {
            lead.navigate(path);
            assertAccessible(lead);
            assertNoHorizontalScroll(lead);
        }
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        lead.navigate("/patients/" + episode.patientId());
        assertAccessible(lead);
        lead.navigate("/audit?patientId=" + episode.patientId());
        assertAccessible(lead);
        assertThat(lead.locator("[data-testid=audit-table]")).containsText("pt.demo");

        lead.navigate("/staff/" + fixtures.user("hca.demo").staffId());
        assertThat(lead.locator("button:has-text('Sign off competency')")).isVisible();
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);

        Page worker = browser.signIn("sw.demo", true);
        worker.navigate("/staff/" + fixtures.user("sw.demo").staffId());
        assertThat(worker.locator("button:has-text('Ask for sign-off')")).isVisible();
        assertAccessible(worker);
        worker.navigate("/my-day");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-my-day.png")).setFullPage(true));
    }
}
