package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.exercises.PdfText;
import org.therapyassist.support.IntegrationTest;

/**
 * Build a programme and print the sheet: the therapist picks exercises from the library on a desktop, orders them,
 * opens the home sheet and its PDF; the support worker ticks the programme in a session record on a 360 px phone.
 */
@IntegrationTest
class ExerciseProgrammeJourneyBrowserTest extends BrowserJourney {

    @Autowired
    DelegationDesk desk;

    void addFromLibrary(Page page, String region, String label, String maxSets, String maxReps) {
        page.selectOption("#region", region);
        page.click("button:has-text('Show these exercises')");
        page.selectOption("#exerciseId", new SelectOption().setLabel(label));
        page.fill("#maxSets", maxSets);
        page.fill("#maxRepetitions", maxReps);
        page.click("button:has-text('Add to programme')");
        assertThat(page.locator("[data-testid=banner]")).containsText("added to the programme");
    }

    @Test
    void therapistBuildsAProgrammeAndPrintsTheSheetSupportWorkerTicksItOnAPhone() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));

        Page therapist = browser.signIn("pt.demo", false);
        therapist.navigate("/exercises?region=CHEST");
        assertAccessible(therapist);
        therapist.click("a:has-text('Pursed-lip breathing')");
        assertThat(therapist.locator("h1")).hasText("Pursed-lip breathing");
        assertThat(therapist.locator(".ta-figure-box svg")).hasCount(1);
        assertAccessible(therapist);
        therapist.navigate("/exercises/new");
        therapist.click("button:has-text('Add exercise')");
        assertThat(therapist.locator(".nhsuk-error-summary")).containsText("Enter the name of the exercise");
        assertAccessible(therapist);
        therapist.navigate("/patients/" + episode.patientId());
        therapist.locator("[data-testid=exercise-programmes] a").first().click();
        assertAccessible(therapist);
        addFromLibrary(therapist, "KNEE", "Sit to stand (functional task)", "3", "12");
        addFromLibrary(therapist, "ANKLE_AND_FOOT", "Heel raises (strength)", "3", "15");
        // A dose beyond its own limit is refused beside the field.
        therapist.selectOption("#exerciseId", new SelectOption().setLabel("Heel raises (strength)"));
        therapist.fill("#sets", "4");
        therapist.fill("#maxSets", "3");
        therapist.click("button:has-text('Add to programme')");
        assertThat(therapist.locator(".nhsuk-error-summary")).containsText("progression limit of 3");
        assertAccessible(therapist);
        therapist.navigate("/episodes/" + episode.id() + "/exercise-programme");
        therapist.locator("button:has-text('Move up')").first().click();
        assertThat(therapist.locator("[data-testid=programme-item]").first()).containsText("Heel raises");
        assertAccessible(therapist);

        therapist.click("[data-testid=home-sheet-link]");
        assertThat(therapist.locator("[data-testid=sheet-item]")).hasCount(2);
        assertThat(therapist.locator("[data-testid=sheet-contact]")).containsText("01632 960");
        assertAccessible(therapist);
        therapist.click("text=Easy-read version");
        assertAccessible(therapist);
        therapist.setViewportSize(360, 740);
        assertNoHorizontalScroll(therapist);
        therapist.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-home-sheet-easy-read.png")).setFullPage(true));
        therapist.setViewportSize(1280, 900);
        String pdfUrl = therapist.locator("[data-testid=sheet-pdf]").getAttribute("href");
        APIResponse pdf = therapist.request().get(pdfUrl);
        Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        Assertions.assertThat(PdfText.of(pdf.body())).contains("My exercises", "Heel raises",
                "Sit to stand");

        DelegationView d = desk.delegate(fixtures.user("pt.demo"),
                fixtures.delegation(episode.patientId(), episode.id(),
                        "EXERCISE_PROGRAMME", fixtures.user("hca.demo").staffId()));
        desk.accept(fixtures.user("hca.demo"), d.id());

        Page worker = browser.signIn("hca.demo", true);
        worker.navigate("/session-records/new?delegationId=" + d.id());
        assertThat(worker.locator("[data-testid=tick-item]")).hasCount(2);
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        tick(worker, "#done0");
        worker.fill("#sets0", "2");
        worker.fill("#reps0", "10");
        worker.fill("#patientResponse", "Managed the heel raises well; too tired for sit to stand today.");
        worker.click("button:has-text('Save record')");
        worker.click("button:has-text('Sign record')");
        assertThat(worker.locator("[data-testid=record-status]")).hasText("Signed");
        Locator lines = worker.locator("[data-testid=record-activity]");
        assertThat(lines.nth(0)).containsText("Done");
        assertThat(lines.nth(0)).containsText("Prescribed: 2 sets of 10 times");
        assertThat(lines.nth(1)).containsText("Not done");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-programme-ticked.png"))
                .setFullPage(true));
    }
}
