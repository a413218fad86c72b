package org.therapyassist.journeys;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.therapyassist.support.Fixtures;

/**
 * What every browser journey shares: the running server's port, the fixtures, and one browser per class (started once,
 * since starting Chromium costs more than most journeys). Subclasses carry {@code @IntegrationTest} themselves.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    BrowserSupport browser;

    @BeforeAll
    void startBrowser() {
        browser = new BrowserSupport(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Ticks a checkbox or radio as a person does, by tapping it where it is. Playwright waits until it is still and
     * nothing covers it; a forced click does not wait, so a late layout shift sent one to the wrong place.
     */
    static void tick(Page page, String selector) {
        page.locator(selector).setChecked(true);
    }

    static void untick(Page page, String selector) {
        page.locator(selector).setChecked(false);
    }
}
