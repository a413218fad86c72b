package org.therapyassist.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.therapyassist.support.IntegrationTest;

/**
 * Every page of the menu, for each kind of person, on a phone and a desktop, loads without a console error or
 * warning (a Content Security Policy refusal included), a script error, or a request that fails or answers 4xx/5xx:
 * once the NHS font was blocked by the page's own policy on every page and an icon answered 404 on Patients.
 */
@IntegrationTest
class QuietConsoleJourneyBrowserTest extends BrowserJourney {

    @Test
    void theMenuPagesLoadWithoutConsoleErrorsOrFailedRequests() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String username : List.of("pt.demo", "sw.demo", "lead.demo", "admin.demo", "aisha.sw")) {
            for (boolean phone : List.of(true, false)) {
                Page page = browser.signIn(username, phone);
                listen(page, username, problems);
                page.navigate("/");
                page.waitForLoadState();
                Set<String> menu = new LinkedHashSet<>();
                for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll('header a[href]')]"
                        + ".map(a => a.getAttribute('href')).filter(h => h.startsWith('/') && !h.startsWith('//')"
                        + " && !h.startsWith('/logout') && !h.startsWith('/language') && !h.includes('lang='))")) {
                    menu.add((String) href);
                }
                assertThat(menu).as("%s's menu", username).isNotEmpty();
                for (String href : menu) {
                    page.navigate(href);
                    page.waitForLoadState();
                    pages++;
                }
                page.context().close();
            }
        }
        assertThat(pages).isGreaterThan(20);
        assertThat(problems).as("console errors, script errors and failed requests").isEmpty();
    }

    private static void listen(Page page, String username, List<String> problems) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type())) {
                problems.add(username + " on " + page.url() + ": console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(error -> problems.add(username + " on " + page.url() + ": script error: " + error));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(username + " on " + page.url() + ": " + r.status() + " for " + r.url());
            }
        });
        page.onRequestFailed(r -> {
            // A navigation that replaces a page still loading cancels its requests: that is not a failure.
            if (!String.valueOf(r.failure()).contains("ERR_ABORTED")) {
                problems.add(username + " on " + page.url() + ": failed " + r.url() + " (" + r.failure() + ")");
            }
        });
    }
}
