package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.IntegrationTest;

/**
 * H52 in a real browser: a support worker is warned before the session runs out, is signed out while typing a
 * session record, signs in again, finds what they typed back on the form and saves it once; the draft then waits on
 * My day for their signature, is changed and signed.
 */
@IntegrationTest
class KeptTypingJourneyBrowserTest extends BrowserJourney {

    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;

    DelegationView delegation() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        fixtures.user("hca.demo").staffId()));
        desk.accept(fixtures.user("hca.demo"), d.id());
        return d;
    }

    long recordsOf(DelegationView d) {
        return jdbc.sql("select count(*) from session_record where delegation_id = ?").param(d.id()).query(Long.class)
                .single();
    }

    @Test
    void h52_aRecordTypedWhenTheSessionRunsOutIsKeptAndSavedOnceAfterSigningInAgain() {
        DelegationView d = delegation();
        Page worker = browser.signIn("hca.demo", true);
        worker.clock().install();
        String form = "/session-records/new?delegationId=" + d.id();
        worker.navigate(form);
        worker.fill("#patientResponse", "Managed three sets; a little breathless on the last one.");
        worker.fill("#painBefore", "2");
        worker.fill("#note", "Daughter present and shown the exercises.");

        // 27 minutes without saving or opening anything: the warning, with a way to stay signed in.
        worker.clock().runFor(28 * 60 * 1000);
        assertThat(worker.locator("[data-testid=session-warning]")).isVisible();
        assertThat(worker.locator("[data-testid=session-warning]")).containsText("You will be signed out");
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        worker.click("button:has-text('Stay signed in')");
        assertThat(worker.locator("[data-testid=session-warning]")).isHidden();

        // The session runs out anyway (the cookie is gone), and the worker presses save.
        worker.context().clearCookies();
        worker.click("button:has-text('Save record')");
        assertThat(worker).hasURL(Pattern.compile("/login\\?expired$"));
        assertThat(worker.locator("[data-testid=signed-out-expired]")).isVisible();
        Assertions.assertThat(recordsOf(d)).isZero();
        worker.fill("#username", "hca.demo");
        worker.fill("#password", "demo");
        worker.click("button:has-text('Sign in')");

        // Back on the form, with what was typed.
        assertThat(worker).hasURL(Pattern.compile("/session-records/new\\?delegationId=" + d.id() + "$"));
        assertThat(worker.locator("[data-testid=kept-typing]")).containsText("We kept what you had typed");
        assertThat(worker.locator("#patientResponse"))
                .hasValue("Managed three sets; a little breathless on the last one.");
        assertThat(worker.locator("#painBefore")).hasValue("2");
        assertThat(worker.locator("#note")).hasValue("Daughter present and shown the exercises.");
        assertAccessible(worker);
        worker.click("button:has-text('Save record')");
        assertThat(worker.locator("[data-testid=record-status]")).containsText("Draft");
        Assertions.assertThat(recordsOf(d)).isEqualTo(1);

        // Saved, so the form is empty again next time.
        worker.navigate(form);
        assertThat(worker.locator("#patientResponse")).hasValue("");
        assertThat(worker.locator("[data-testid=kept-typing]")).hasCount(0);

        // The draft waits on My day for the signature, can be changed, then signed.
        worker.navigate("/my-day");
        var mine = worker.locator("[data-testid=awaiting-signature]",
                new Page.LocatorOptions().setHasText(d.patient().name()));
        assertThat(mine).hasCount(1);
        assertAccessible(worker);
        assertNoHorizontalScroll(worker);
        mine.locator("a").click();
        worker.click("[data-testid=change-draft]");
        worker.fill("#patientResponse", "Managed three sets; breathless on the last, settled in two minutes.");
        assertAccessible(worker);
        worker.click("button:has-text('Save changes')");
        assertThat(worker.locator("main")).containsText("settled in two minutes");
        worker.click("button:has-text('Sign record')");
        assertThat(worker.locator("[data-testid=record-status]")).hasText("Signed");
        worker.navigate("/my-day");
        assertThat(mine).hasCount(0);
        Assertions.assertThat(recordsOf(d)).isEqualTo(1);
    }
}
