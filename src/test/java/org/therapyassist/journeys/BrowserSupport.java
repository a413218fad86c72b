package org.therapyassist.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Debian's Chromium driven by Playwright, with no browser download; and the axe-core check every main page passes. */
final class BrowserSupport implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSupport(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser journeys need Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A signed-in page: a phone (360 px wide) or a desktop. */
    /** For requests made outside any browser page (no cookies, no session). */
    Playwright playwright() {
        return playwright;
    }

    String baseUrl() {
        return baseUrl;
    }

    Page signIn(String username, boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 360 : 1280, phone ? 740 : 900)
                .setBaseURL(baseUrl));
        Page page = context.newPage();
        // A script's failure is in the test's output beside the assertion it explains.
        page.onPageError(error -> System.err.println("Page error on " + page.url() + ": " + error));
        page.onConsoleMessage(m -> {
            if (("error".equals(m.type()) || "warning".equals(m.type()))
                    && !m.text().contains("Content Security Policy")) {
                System.err.println("Console error on " + page.url() + ": " + m.text());
            }
        });
        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("button:has-text('Sign in')");
        page.waitForLoadState();
        assertThat(page.url()).doesNotContain("/login");
        return page;
    }

    Page anonymous() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)).newPage();
    }

    /** Not signed in, on a phone whose browser asks for this language first (its Accept-Language). */
    Page anonymousPhone(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setLocale(locale)
                .setViewportSize(360, 740)).newPage();
    }

    /** No serious or critical axe-core finding on the page as it is now. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserSupport::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility findings on " + page.url()).isEmpty();
    }

    /** Nothing wider than the viewport, so a 360 px phone never scrolls sideways. */
    /**
     * The NHS.UK header moves navigation items into "More" on the animation frame after a resize
     * (a ResizeObserver fires, then the menu update waits for requestAnimationFrame), so the page is
     * measured only after a few frames have passed; measuring straight after setViewportSize catches
     * the 1280 px menu still laid out in a 360 px window. On failure the message names what sticks out.
     */
    static void assertNoHorizontalScroll(Page page) {
        page.evaluate("() => new Promise(done => { let frames = 3;"
                + " const next = () => --frames === 0 ? done() : requestAnimationFrame(next);"
                + " requestAnimationFrame(next); })");
        Object overflow = page
                .evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object culprits = page.evaluate("() => { const w = document.documentElement.clientWidth;"
                + " return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 0.5)"
                + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim()"
                + ".split(/\\s+/).join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))"
                + ".join(', '); }");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px on " + page.url() + " from " + culprits).isLessThanOrEqualTo(0);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
