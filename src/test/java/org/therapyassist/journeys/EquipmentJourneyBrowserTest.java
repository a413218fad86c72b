package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.AssetRegister;
import org.therapyassist.equipment.EquipmentTestData;
import org.therapyassist.equipment.PurchaseOrders;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.IntegrationTest;

/**
 * A support worker on a 360 px phone scans a hoist's label, records a failed LOLER examination and sees the hoist
 * quarantined at once; the equipment pages are axe-clean and never scroll sideways.
 */
@IntegrationTest
class EquipmentJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssetRegister register;
    @Autowired
    PurchaseOrders orders;

    static void checkPage(Page page) {
        assertAccessible(page);
        assertNoHorizontalScroll(page);
    }

    @Test
    void aPhoneThatCanReadCodesScansAHoistLabelWithItsCameraAndOpensTheHoist() {
        Page worker = browser.signIn("sw.demo", true);
        worker.navigate("/equipment/find");
        // Chromium on Linux has no built-in code reader: without one the button stays hidden and the text field is
        // used.
        assertThat(worker.locator("button:has-text('Scan with camera')")).isHidden();

        // Stand in for a phone's camera and code reader (Android Chrome has both) reading the label HST-0001.
        worker.addInitScript("window.BarcodeDetector = class { async detect() { return [{ rawValue: 'HST-0001' }]; } };"
                + "navigator.mediaDevices.getUserMedia = async () => { const c = document.createElement('canvas');"
                + " c.width = 320; c.height = 240; c.getContext('2d').fillRect(0, 0, 320, 240); return c.captureStream(5); };");
        worker.navigate("/equipment/find");
        assertAccessible(worker);
        worker.click("button:has-text('Scan with camera')");
        assertThat(worker.locator("h1")).hasText("Asset HST-0001");
    }

    @Test
    void aFailedLolerExaminationQuarantinesTheHoistAtOnce() {
        CurrentUser sw = fixtures.user("sw.demo");
        UUID store = EquipmentTestData.store(jdbc, sw, "Northgate community base");
        Asset hoist = register.add(sw,
                new AssetRegister.NewAsset("MOBILE_HOIST", store, EquipmentTestData.label("hoi"), "MH-2231"));
        EquipmentTestData.nextInspectionDue(jdbc, hoist.id(), fixtures.today().plusDays(5));
        LocalDate today = fixtures.today();

        // Ravi Sharma, a senior support worker named equipment lead, records the examination the insurer's engineer
        // made.
        Page page = browser.signIn("ravi.ssw", true);
        page.navigate("/equipment/find");
        checkPage(page);
        page.fill("#label", hoist.label().toLowerCase());
        page.press("#label", "Enter");
        assertThat(page.locator("h1")).hasText("Asset " + hoist.label());
        assertThat(page.locator("[data-testid=asset-status]")).hasText("Available");
        assertThat(page.locator("[data-testid=next-due] [data-testid=due-tag]")).hasText("Due soon");
        checkPage(page);

        // A date in the future is refused beside the field, and nothing changes.
        page.fill("#inspectedOnDay", String.valueOf(today.plusDays(1).getDayOfMonth()));
        page.fill("#inspectedOnMonth", String.valueOf(today.plusDays(1).getMonthValue()));
        page.fill("#inspectedOnYear", String.valueOf(today.plusDays(1).getYear()));
        page.click("label:has-text('Fail: take out of service')");
        page.fill("#findings", "Lifting boom creeps down under load");
        page.selectOption("#examinerId", new SelectOption()
                .setLabel("Jo Ellis, Northgate Lifting Services"));
        page.check("#dangerousDefect");
        page.click("button:has-text('Record inspection')");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("The inspection date cannot be in the future");
        assertThat(page.locator("#inspectedOn-error")).isVisible();
        assertThat(page.locator("[data-testid=asset-status]")).hasText("Available");
        checkPage(page);

        page.fill("#inspectedOnDay", String.valueOf(today.getDayOfMonth()));
        page.fill("#inspectedOnMonth", String.valueOf(today.getMonthValue()));
        page.fill("#inspectedOnYear", String.valueOf(today.getYear()));
        page.click("button:has-text('Record inspection')");
        assertThat(page.locator("[data-testid=banner]")).containsText("quarantined");
        assertThat(page.locator("[data-testid=asset-status]")).hasText("Quarantined");
        assertThat(page.locator("[data-testid=not-issuable]")).containsText("Do not issue or use");
        assertThat(page.locator("[data-testid=inspection]").first())
                .containsText("Lifting boom creeps down under load");
        assertThat(page.locator("[data-testid=inspection]").first()).containsText("Fail: dangerous defect");
        assertThat(page.locator("[data-testid=fault]").first())
                .containsText("Dangerous defect found at examination by Jo Ellis");
        checkPage(page);

        page.click("text=Print label with QR code");
        assertThat(page.locator("[data-testid=label-text]")).hasText(hoist.label());
        assertThat(page.locator("[data-testid=qr] rect").first()).isAttached();
        checkPage(page);

        for (String path : new String[]{"/equipment/inspections", "/equipment/faults", "/equipment/orders",
                "/equipment/assets?storeId=" + store}) {
            page.navigate(path);
            checkPage(page);
        }
        assertThat(page.locator("[data-testid=asset-row]", new Page.LocatorOptions().setHasText(hoist.label()))
                .locator("[data-testid=asset-status]")).hasText("Quarantined");

        // The overdue demo hoist never reads as available, wherever it is listed.
        page.navigate("/equipment/inspections");
        assertThat(page.locator("[data-testid=due-row]", new Page.LocatorOptions().setHasText("HST-0002"))
                .locator("[data-testid=asset-status]")).hasText("Do not use: examination overdue");

        // A support worker who is not an equipment lead is not offered the examination form at all.
        Page worker = browser.signIn("sw.demo", true);
        worker.navigate("/equipment/assets/" + hoist.id());
        assertThat(worker.locator("[data-testid=inspection-form]")).hasCount(0);

    }

    @Test
    void aSentOrderIsBookedInOnAPhoneAndAnOverDeliveryIsRefusedBesideTheLine() {
        CurrentUser sw = fixtures.user("sw.demo");
        UUID store = EquipmentTestData.store(jdbc, sw, "Ward 7 store");
        EquipmentTestData.reorderLevel(jdbc, store, "PERCHING_STOOL", 2, 4);
        var draft = orders.draftFromSuggestion(sw, store, null);
        var approved = orders.approve(fixtures.user("lead.demo"), draft.id(), null);
        orders.send(sw, draft.id(), approved.version());

        Page page = browser.signIn("sw.demo", true);
        page.navigate("/equipment/orders/" + draft.id());
        assertThat(page.locator("[data-testid=order-status]")).hasText("Sent");
        checkPage(page);
        String field = "#received-" + draft.lines().getFirst().id();
        page.fill(field, "5");
        page.click("button:has-text('Book in delivery')");
        assertThat(page.locator(".nhsuk-error-summary")).containsText("Only 4 still to come");
        checkPage(page);
        page.fill(field, "3");
        page.click("button:has-text('Book in delivery')");
        assertThat(page.locator("[data-testid=order-status]")).hasText("Part received");
        assertThat(page.locator("[data-testid=banner]")).containsText("Some items are still to come");
        checkPage(page);
    }
}
