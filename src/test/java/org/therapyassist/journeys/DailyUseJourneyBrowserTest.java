package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.notifications.SmtpOutbox;
import org.therapyassist.patients.AlertKind;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Everyday use: one search box in the header finds patients (by NHS number however it is spaced, by date of birth,
 * by the start of each name), staff, exercises and equipment; and the header says how much waits, updated while the
 * page stays open.
 */
@IntegrationTest
class DailyUseJourneyBrowserTest extends BrowserJourney {

    @Autowired
    PatientRecords patients;
    @Autowired
    CarePlans carePlans;
    @Autowired
    DelegationDesk desk;
    @Autowired
    Escalations escalations;
    @Autowired
    ApplicationContext context;

    @Test
    void theHeaderSearchFindsPatientsStaffExercisesAndEquipmentFromTheKeyboard() {
        CurrentUser pt = fixtures.user("pt.demo");
        String nhs = Fixtures.nextNhsNumber();
        Patient p = patients.register(pt, new NewPatient(nhs, "Ottoline", "Quennell", LocalDate.of(1928, 2, 29),
                "4 Mill Lane, Northgate", "NG2 4ML", null, List.of()));
        carePlans.open(pt, p.id(), new Commands.OpenEpisode("Fall at home", ConditionCategory.MUSCULOSKELETAL,
                CareSetting.WARD, "Ward 7, bay 3, bed 2", pt.teamId(), null));

        Page page = browser.signIn("pt.demo", false);
        page.navigate("/");
        // The NHS number as it is read off a letter: odd spacing, found all the same; Enter searches.
        Locator box = page.locator("#search-field");
        box.fill(nhs.substring(0, 3) + "  " + nhs.substring(3, 6) + "-" + nhs.substring(6));
        box.press("Enter");
        assertThat(page.locator("[data-testid=search-patients]")).containsText("QUENNELL, Ottoline");
        assertAccessible(page);

        box = page.locator("#search-field");
        assertThat(box).hasValue(nhs.substring(0, 3) + "  " + nhs.substring(3, 6) + "-" + nhs.substring(6));
        box.fill("29/02/1928");
        box.press("Enter");
        assertThat(page.locator("[data-testid=search-patients]")).containsText("QUENNELL, Ottoline");
        assertThat(page.locator("[data-testid=search-patients]")).containsText("29 Feb 1928");

        // The start of each name, in either order, and the result opens with the keyboard.
        page.locator("#search-field").fill("quen ott");
        page.locator("#search-field").press("Enter");
        Locator found = page.locator("[data-testid=search-patients] a", new Page.LocatorOptions()
                .setHasText("QUENNELL, Ottoline"));
        found.focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/patients/" + p.id());

        page.locator("#search-field").fill("pri ram");
        page.locator("#search-field").press("Enter");
        assertThat(page.locator("[data-testid=search-staff]")).containsText("Priya Raman");

        page.locator("#search-field").fill("heel");
        page.locator("#search-field").press("Enter");
        assertThat(page.locator("[data-testid=search-exercises]")).containsText("Heel raises");

        page.locator("#search-field").fill("slg-0012");
        page.locator("#search-field").press("Enter");
        assertThat(page.locator("[data-testid=search-equipment]")).containsText("SLG-0012");

        // One letter says what to type rather than "0 found".
        page.locator("#search-field").fill("a");
        page.locator("#search-field").press("Enter");
        assertThat(page.locator("[data-testid=search-too-short]")).containsText("at least 2");
        page.locator("#search-field").fill("zzqxv");
        page.locator("#search-field").press("Enter");
        assertThat(page.locator("[data-testid=search-nothing]")).containsText("zzqxv");
        assertAccessible(page);

        // A support worker in another team sees only the patients she may open; on a phone.
        Page worker = browser.signIn("aisha.sw", true);
        worker.navigate("/search?q=" + nhs);
        assertThat(worker.locator("[data-testid=search-patients]")).hasCount(0);
        assertThat(worker.locator("text=Open their record with a reason")).isVisible();
        worker.navigate("/search?q=pri");
        assertThat(worker.locator("[data-testid=search-staff]")).containsText("Priya Raman");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-search.png"))
                .setFullPage(true));

        // The administrator has no clinical access: staff only, whatever is typed.
        Page admin = browser.signIn("admin.demo", false);
        admin.navigate("/search?q=quen");
        assertThat(admin.locator("[data-testid=search-nothing]")).isVisible();
        admin.navigate("/search?q=heel");
        assertThat(admin.locator("[data-testid=search-exercises]")).hasCount(0);
    }

    @Test
    void anEscalationRaisedByASupportWorkerShowsACountInTheTherapistsHeaderWithoutReloadAndAnEmailLands()
            throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(),
                "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());

        Page therapist = browser.signIn("pt.demo", true);
        therapist.navigate("/patients");
        Locator badge = therapist.locator("[data-count-of=inbox]").first();
        // The page has asked once already; whatever waited before this test is the starting number.
        therapist.waitForFunction("() => document.querySelector('[data-count-of=inbox]').dataset.shown !== undefined");
        int before = count(badge);

        String concern = "Dizzy and pale on standing after 2 sets; sat down and settled.";
        escalations.raise(hca, d.id(), concern);

        // No reload: the header asks again by itself and shows one more.
        assertThat(badge).containsText(String.valueOf(before + 1));
        assertThat(badge.locator(".nhsuk-u-visually-hidden")).hasText(" (" + (before + 1) + " waiting)");
        Assertions.assertThat(therapist.url()).endsWith("/patients");
        assertAccessible(therapist);
        assertNoHorizontalScroll(therapist);
        therapist
                .screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-header-count.png")));

        // And an e-mail lands in a real SMTP server for her (the demo gave her an address, escalations on), saying
        // what happened and where to look, without the patient or the worker's words.
        try (SmtpOutbox smtp = new SmtpOutbox(context)) {
            List<String> received = List.of();
            for (int tries = 0; tries < 50 && received.stream().noneMatch(m -> m.contains("concern")); tries++) {
                smtp.sendDue();
                received = smtp.to("pt.demo@therapy-assist.example");
                if (received.stream().noneMatch(m -> m.contains("concern"))) {
                    Thread.sleep(200);
                }
            }
            Assertions.assertThat(received).anySatisfy(m -> Assertions.assertThat(m).contains("concern"));
            Patient patient = patients.require(pt.organisationId(), episode.patientId());
            Assertions.assertThat(received).allSatisfy(m -> Assertions.assertThat(m)
                    .doesNotContain(patient.familyName(), patient.nhsNumber().formatted(), concern));
        }

        // The support worker's header counts a task offered to her.
        Page worker = browser.signIn("hca.demo", true);
        worker.navigate("/staff");
        Locator myDay = worker.locator("[data-count-of=my-day]").first();
        worker.waitForFunction(
                "() => document.querySelector('[data-count-of=\"my-day\"]').dataset.shown !== undefined");
        int offered = count(myDay);
        desk.delegate(pt, fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        assertThat(myDay).containsText(String.valueOf(offered + 1));
    }

    private static int count(Locator badge) {
        String shown = badge.getAttribute("data-shown");
        return shown == null || shown.isEmpty() ? 0 : Integer.parseInt(shown);
    }

    @Test
    void theCountsAreAskedForWithoutTheSessionCookieSoAnIdleSessionStillEnds() {
        Page therapist = browser.signIn("pt.demo", false);
        Request asked = therapist.waitForRequest("**/header-counts?**", () -> therapist.navigate("/patients"));
        // Asking with the cookie would count as activity and keep a walked-away computer signed in for ever.
        Assertions.assertThat(asked.allHeaders()).doesNotContainKey("cookie");
        String url = therapist.locator("#ta-counts").getAttribute("data-url");
        APIRequestContext noCookies = browser.playwright().request().newContext(
                new APIRequest.NewContextOptions().setBaseURL(browser.baseUrl()));
        Assertions.assertThat(noCookies.get(url).status()).isEqualTo(200);
        Assertions.assertThat(noCookies.get(url.replaceAll("pass=[^&]*", "pass=forged.1.x")).status()).isEqualTo(401);
        Assertions.assertThat(noCookies.get("/header-counts").status()).isEqualTo(401);
        noCookies.dispose();
    }

    @Test
    void theCaseloadListsShowMyPatientsTheTeamAndTheWardInBedOrderWithFilters() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Patient bed10 = patients.register(pt, new NewPatient(Fixtures.nextNhsNumber(), "Rhoslyn", "Athelstan",
                LocalDate.of(1936, 6, 2), "9 Quay Street, Northgate", "NG3 9QS", null,
                List.of(new NewPatient.NewAlert(AlertKind.FALLS_RISK,
                        "Two falls this month"))));
        Patient bed9 = patients.register(pt, new NewPatient(Fixtures.nextNhsNumber(), "Bertram", "Wolstenholme",
                LocalDate.of(1939, 1, 20), "3 Dock Road, Northgate", "NG3 1DR", null, List.of()));
        carePlans.open(pt, bed10.id(), new Commands.OpenEpisode("Chest infection, deconditioned",
                ConditionCategory.RESPIRATORY, CareSetting.WARD, "Ward 7, bay 2, bed 10", pt.teamId(), null));
        var episode9 = carePlans.open(pt, bed9.id(), new Commands.OpenEpisode("COPD exacerbation",
                ConditionCategory.RESPIRATORY, CareSetting.WARD, "Ward 7, bay 2, bed 9", pt.teamId(), null));
        desk.delegate(pt, fixtures.delegation(bed9.id(), episode9.id(), "EXERCISE_PROGRAMME", hca.staffId()));

        Page therapist = browser.signIn("pt.demo", false);
        therapist.navigate("/");
        therapist.click(".nhsuk-header__navigation-link:has-text('Patients')");
        assertThat(therapist.locator("h1")).hasText("My patients");
        assertAccessible(therapist);
        // Mine, respiratory, with alerts: the patient with the falls alert and not the other.
        therapist.click("text=Filter and order");
        therapist.selectOption("#category", "RESPIRATORY");
        tick(therapist, "#alerts");
        therapist.click("button:has-text('Show patients')");
        assertThat(therapist.locator("[data-testid=caseload-row]", new Page.LocatorOptions().setHasText("ATHELSTAN")))
                .hasCount(1);
        assertThat(
                therapist.locator("[data-testid=caseload-row]", new Page.LocatorOptions().setHasText("WOLSTENHOLME")))
                .hasCount(0);
        assertThat(therapist.locator("[data-testid=caseload-row]").first()).containsText("Falls risk");

        // The ward list: bed 9 before bed 10, as on the ward's board.
        therapist.click("[data-testid=caseload-tab-ward]");
        therapist.click("text=Filter and order");
        therapist.selectOption("#category", "RESPIRATORY");
        tick(therapist, "#delegations");
        therapist.click("button:has-text('Show patients')");
        assertThat(therapist.locator("[data-testid=caseload-row]").first()).containsText("bay 2, bed 9");
        untick(therapist, "#delegations");
        therapist.click("button:has-text('Show patients')");
        List<String> wards = therapist.locator("[data-testid=caseload-where] strong").allTextContents();
        Assertions.assertThat(wards.indexOf("Ward 7, bay 2, bed 9")).isLessThan(wards.indexOf("Ward 7, bay 2, bed 10"));
        assertAccessible(therapist);

        // The support worker's own patients are the ones with tasks delegated to her; on a phone.
        Page worker = browser.signIn("hca.demo", true);
        // Other journeys delegate to her too: respiratory narrows her list to this test's patients.
        worker.navigate("/caseload?category=RESPIRATORY");
        assertThat(worker.locator("[data-testid=caseload-row]", new Page.LocatorOptions().setHasText("WOLSTENHOLME")))
                .hasCount(1);
        assertThat(worker.locator("[data-testid=caseload-row]", new Page.LocatorOptions().setHasText("ATHELSTAN")))
                .hasCount(0);
        assertThat(worker.locator("[data-testid=caseload-delegations]").first()).containsText("delegated task");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone-caseload.png"))
                .setFullPage(true));
        Assertions.assertThat(fixtures.audited(bed9.id(), "patient.view-worklist")).isPositive();
    }
}
