package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

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
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.IntegrationTest;

/** Lending a frame on a phone at the patient's home, its return, and cleaning before it can go out again. */
@IntegrationTest
class EquipmentLoanJourneyBrowserTest extends BrowserJourney {

    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;

    @Test
    void aFrameIsLentOnAPhoneReturnedIntoQuarantineAndCleanedBackIntoStock() {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("ot.demo"));
        Page ot = browser.signIn("ot.demo", true);
        ot.navigate("/patients/" + episode.patientId());
        ot.click("[data-testid=lend-equipment]");
        assertAccessible(ot);
        assertNoHorizontalScroll(ot);
        ot.click("button:has-text('Lend equipment')");
        assertThat(ot.locator(".nhsuk-error-summary")).containsText("Say what you taught the patient or carer");
        ot.selectOption("#storeId",
                new SelectOption().setLabel("Northgate community base"));
        ot.selectOption("#itemCode", "WALKING_FRAME");
        ot.fill("#adjustments", "Height set to 84 cm");
        ot.fill("#instructions", "Step into the frame and keep all four feet on the floor.");
        ot.click("button:has-text('Lend equipment')");
        assertThat(ot.locator("[data-testid=banner]")).containsText("Equipment lent");
        assertThat(ot.locator("[data-testid=equipment-at-home]")).containsText("Walking frame");
        ot.locator("#equipment").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-equipment-at-home.png")));
        assertAccessible(ot);
        assertNoHorizontalScroll(ot);

        ot.locator("[data-testid=equipment-at-home] li", new Page.LocatorOptions().setHasText("Walking frame"))
                .locator("button:has-text('Record return')").click();
        assertThat(ot.locator("[data-testid=banner]")).containsText("quarantine");

        ot.navigate("/equipment");
        assertThat(ot.locator("[data-testid=overdue-returns]")).isVisible();
        assertAccessible(ot);
        ot.click("a:has-text('Northgate community base')");
        String quarantineBefore = ot
                .locator("[data-testid=stock] tr", new Page.LocatorOptions().setHasText("Walking frame"))
                .locator("td").nth(2).textContent().strip();
        ot.click("summary:has-text('Record a delivery, count')");
        tick(ot, "input[name=kind][value=CLEANED]");
        ot.selectOption("#itemCode", "WALKING_FRAME");
        ot.fill("#quantity", "1");
        ot.fill("#reason", "Cleaned with chlorine 1000 ppm");
        ot.click("button:has-text('Record in the ledger')");
        assertThat(ot.locator("[data-testid=banner]")).containsText("Recorded in the stock ledger");
        assertThat(ot.locator("[data-testid=stock] tr", new Page.LocatorOptions().setHasText("Walking frame"))
                .locator("td").nth(2))
                .hasText(String.valueOf(Integer.parseInt(quarantineBefore) - 1));
        assertThat(ot.locator("[data-testid=ledger] li").first()).containsText("cleaned");
        ot.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-equipment-store.png")));
        assertAccessible(ot);
        assertNoHorizontalScroll(ot);
    }

    @Test
    void aSupportWorkerIssuesAFrameFromTheSessionRecordOfAHomeVisitOnAPhone() {
        CurrentUser pt = fixtures.user("pt.demo");
        // A walking frame is issued, its height set and its use taught, from the senior stage with 3.03 (DOMAIN.md §3).
        CurrentUser hca = fixtures.user("sw.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        hca.staffId()));
        desk.accept(hca, task.id());
        SessionRecordView visit = records.record(hca, new NewSessionRecord(task.id(), fixtures.today(), null,
                "Walked 10 m indoors with a stick but unsteady on turning; agreed a frame would be safer.", 2, 2, null,
                null,
                null, null, null));

        Page worker = browser.signIn("sw.demo", true);
        worker.navigate("/session-records/" + visit.id());
        assertThat(worker.locator("[data-testid=lent-at-visit]")).hasCount(0);
        worker.click("[data-testid=lend-for-visit]");
        assertThat(worker.locator("main")).containsText("linked to that session record");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.selectOption("#storeId",
                new SelectOption().setLabel("Northgate community base"));
        worker.selectOption("#itemCode", "WALKING_FRAME");
        worker.fill("#adjustments", "Height set to 82 cm (wrist crease)");
        worker.fill("#instructions",
                "Shown how to step into the frame and turn with small steps; daughter watched and practised.");
        worker.click("button:has-text('Lend equipment')");

        // Back on the visit's record, with the frame listed against it — and on the patient's record as at home.
        assertThat(worker.locator("[data-testid=lent-at-visit]")).containsText("Walking frame");
        assertThat(worker.locator("[data-testid=lent-at-visit]")).containsText("82 cm");
        Assertions.assertThat(worker.url()).contains("/session-records/" + visit.id());
        worker.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/phone-frame-lent-at-visit.png"))
                .setFullPage(true));
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.navigate("/patients/" + episode.patientId());
        assertThat(worker.locator("[data-testid=equipment-at-home]")).containsText("Walking frame");
    }

    @Test
    void aSuggestedOrderIsDraftedApprovedByALeadSentAndReceivedIntoStock() {
        Page worker = browser.signIn("sw.demo", true);
        worker.navigate("/equipment/orders");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        Locator suggestion = worker.locator("[data-testid=suggestion]",
                new Page.LocatorOptions().setHasText("Outpatient gym store"));
        assertThat(suggestion).containsText("Walking frame");
        suggestion.locator("button:has-text('Create draft order')").click();
        assertThat(worker.locator("[data-testid=order-status]")).hasText("Draft");
        String orderUrl = worker.url();
        // The worker who raised it cannot approve it; a team lead does.
        assertThat(worker.locator("button:has-text('Approve order')")).hasCount(0);

        Page lead = browser.signIn("lead.demo", true);
        lead.navigate(orderUrl.substring(orderUrl.indexOf("/equipment/orders/")));
        lead.click("button:has-text('Approve order')");
        assertThat(lead.locator("[data-testid=order-status]")).hasText("Approved");
        lead.click("button:has-text('Mark as sent to supplier')");
        assertThat(lead.locator("[data-testid=order-status]")).hasText("Sent");
        lead.click("button:has-text('Book in delivery')");
        assertThat(lead.locator("[data-testid=order-status]")).hasText("Received");
        assertAccessible(lead);

        lead.navigate("/equipment");
        lead.click("a:has-text('Outpatient gym store')");
        assertThat(lead.locator("[data-testid=ledger] li").first()).containsText("receive");

        // A lead opens a new store and sets a reorder level there.
        lead.navigate("/equipment");
        lead.click("summary:has-text('Open a store')");
        lead.click("button:has-text('Open store')");
        assertThat(lead.locator(".nhsuk-error-summary")).containsText("Enter the store's name");
        String name = "Ward 9 store " + System.nanoTime() % 100000;
        lead.fill("#name", name);
        tick(lead, "input[name=kind][value=WARD]");
        lead.click("button:has-text('Open store')");
        assertThat(lead.locator("[data-testid=banner]")).containsText(name + " opened");
        lead.click("summary:has-text('Set a reorder level')");
        lead.selectOption("#levelItemCode", "WALKING_STICK");
        lead.fill("#reorderLevel", "3");
        lead.fill("#reorderQuantity", "10");
        lead.click("button:has-text('Save reorder level')");
        assertThat(lead.locator("[data-testid=stock]")).containsText("3 (order 10)");
        assertAccessible(lead);
        assertNoHorizontalScroll(lead);
    }
}
