package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.Map;
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
 * A support worker in a patient's home with no signal, on a phone: My day and today's record forms open without signal
 * (kept by the service worker), a session recorded there is kept on the phone and sent when signal returns, and is
 * recorded exactly once, however often it is sent again (H95). A record refused when it is sent later (the delegation
 * was cancelled meanwhile) is shown plainly and kept until the worker deletes it (H96); a "stop and contact" typed
 * without signal says plainly that it has not gone (H97); signing out with records unsent asks first, then wipes what
 * the phone kept (H96, H98).
 */
@IntegrationTest
class OfflineJourneyBrowserTest extends BrowserJourney {

    @Autowired
    DelegationDesk desk;
    @Autowired
    JdbcClient jdbc;

    CurrentUser worker() {
        return fixtures.newSupportWorker(2, "3.01", "3.07");
    }

    DelegationView dueToday(CurrentUser worker) {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", worker.staffId()));
        desk.accept(worker, d.id());
        return d;
    }

    long recordsOf(DelegationView d) {
        return jdbc.sql("select count(*) from session_record where delegation_id = ?").param(d.id()).query(Long.class)
                .single();
    }

    /** My day online: the service worker keeps today's pages, then the phone loses signal. */
    Page readyForNoSignal(CurrentUser worker) {
        Page phone = browser.signIn(worker.username(), true);
        phone.navigate("/my-day");
        // The first service worker of a run installs and fetches every page, and may be asked again: give it longer.
        assertThat(phone.locator("[data-testid=kept-today]")).containsText(
                "the forms for today's tasks (1) are kept on this phone",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        phone.waitForFunction("() => navigator.serviceWorker.controller !== null");
        phone.context().setOffline(true);
        return phone;
    }

    void recordWithNoSignal(Page phone, DelegationView d, String response, String escalation) {
        phone.locator("[data-testid=due]", new Page.LocatorOptions().setHasText(d.patient().name()))
                .locator("a:has-text('Record session')").click();
        assertThat(phone.locator("h1")).containsText("Record a session");
        phone.fill("#activity0", "Walked to the front door and back");
        phone.fill("#patientResponse", response);
        phone.fill("#painBefore", "2");
        if (escalation != null) {
            phone.fill("#escalation", escalation);
        }
        phone.click("button:has-text('Save record')");
        assertThat(phone.locator("[data-testid=kept-on-phone]"))
                .containsText("Saved on this phone – will be sent when you have signal");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keptOnPhone(Page phone) {
        return (List<Map<String, Object>>) phone.evaluate("""
                () => new Promise((resolve, reject) => {
                  const open = indexedDB.open('ta-offline', 1);
                  open.onsuccess = () => {
                    const all = open.result.transaction('outbox').objectStore('outbox').getAll();
                    all.onsuccess = () => { open.result.close(); resolve(all.result); };
                  };
                  open.onerror = () => reject(open.error);
                })""");
    }

    @Test
    void h95_aSessionRecordedWithNoSignalIsKeptOnThePhoneAndRecordedExactlyOnceWhenSignalReturns() {
        CurrentUser worker = worker();
        DelegationView d = dueToday(worker);
        Page phone = readyForNoSignal(worker);

        recordWithNoSignal(phone, d, "Managed all three sets without a rest.", null);
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);
        Assertions.assertThat(recordsOf(d)).isZero();
        List<Map<String, Object>> kept = keptOnPhone(phone);
        Assertions.assertThat(kept).hasSize(1);
        String key = (String) kept.getFirst().get("key");
        String body = (String) kept.getFirst().get("body");
        Assertions.assertThat(key).matches("[0-9a-f-]{36}");
        Assertions.assertThat(body).doesNotContain("_csrf").doesNotContain("_formToken");

        // My day, still with no signal: the record waits there.
        phone.click("[data-testid=kept-on-phone] a:has-text('Go to My day')");
        assertThat(phone.locator("[data-testid=outbox-count]")).hasText("Kept on this phone: 1");
        assertThat(phone.locator("[data-testid=outbox-state]")).hasText("Waiting for signal");
        assertThat(phone.locator("[data-testid=due]")).hasCount(1);
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);

        // Signal returns: sent at once, with its key.
        phone.context().setOffline(false);
        assertThat(phone.locator("[data-testid=outbox-sent]")).containsText("Sent now that you have signal: 1");
        assertThat(phone.locator("[data-testid=outbox-record]")).hasCount(0);
        Assertions.assertThat(keptOnPhone(phone)).isEmpty();
        Assertions.assertThat(recordsOf(d)).isEqualTo(1);

        // The same record sent again with its key (an answer lost as signal came and went): the first record, again.
        @SuppressWarnings("unchecked")
        Map<String, Object> replay = (Map<String, Object>) phone.evaluate("""
                async ([key, body]) => {
                  const csrf = document.querySelector('form[action$="/logout"] input[name=_csrf]').value;
                  const send = () => fetch('/outbox/session-records', { method: 'POST', body,
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
                      'Idempotency-Key': key, 'X-CSRF-TOKEN': csrf } });
                  const first = await send();
                  const second = await send();
                  return { status: second.status, replayed: second.headers.get('Idempotency-Replayed'),
                    page: (await second.json()).page, firstPage: (await first.json()).page };
                }""", List.of(key, body));
        Assertions.assertThat(replay.get("status")).isEqualTo(201);
        Assertions.assertThat(replay.get("replayed")).isEqualTo("true");
        Assertions.assertThat(replay.get("page")).isEqualTo(replay.get("firstPage"));
        phone.reload();
        assertThat(phone.locator("[data-testid=awaiting-signature]",
                new Page.LocatorOptions().setHasText(d.patient().name()))).hasCount(1);
        Assertions.assertThat(recordsOf(d)).isEqualTo(1);

        // The record is there, once, as typed.
        phone.navigate((String) replay.get("page"));
        assertThat(phone.locator("main")).containsText("Managed all three sets without a rest.");
    }

    @Test
    void h96_aRecordKeptWhileTheSessionRanOutWaitsForSignInThenIsSentOnce() {
        CurrentUser worker = worker();
        DelegationView d = dueToday(worker);
        Page phone = readyForNoSignal(worker);
        recordWithNoSignal(phone, d, "Long visit; managed the stairs twice.", null);
        phone.click("[data-testid=kept-on-phone] a:has-text('Go to My day')");

        // A long visit: the session ran out before signal came back.
        phone.context().clearCookies();
        phone.context().setOffline(false);
        assertThat(phone.locator("[data-testid=outbox-state]")).hasText("Sign in to send");
        assertThat(phone.locator("[data-testid=outbox-sign-in]")).containsText("they stay on this phone");
        Assertions.assertThat(keptOnPhone(phone)).hasSize(1);
        Assertions.assertThat(recordsOf(d)).isZero();

        phone.click("[data-testid=outbox-sign-in] a");
        phone.fill("#username", worker.username());
        phone.fill("#password", "demo");
        phone.click("button:has-text('Sign in')");
        assertThat(phone).hasURL(Pattern.compile("/my-day$"));
        assertThat(phone.locator("[data-testid=outbox-sent]")).containsText("Sent now that you have signal: 1");
        Assertions.assertThat(keptOnPhone(phone)).isEmpty();
        Assertions.assertThat(recordsOf(d)).isEqualTo(1);
    }

    @Test
    void h96_aRecordRefusedWhenSentLaterIsShownPlainlyAndKeptUntilTheWorkerDeletesIt() {
        CurrentUser worker = worker();
        DelegationView d = dueToday(worker);
        Page phone = readyForNoSignal(worker);

        recordWithNoSignal(phone, d, "Tired today; did two sets.", "Dizzy on standing, sat down at once.");
        // H97: a "stop and contact" typed without signal has not reached the therapist, and the worker is told so.
        assertThat(phone.locator("[data-testid=escalation-not-sent]")).containsText("has not reached");

        // Meanwhile the therapist cancels the delegation.
        desk.cancel(fixtures.user("pt.demo"), d.id(), "Admitted to hospital overnight");
        phone.click("[data-testid=kept-on-phone] a:has-text('Go to My day')");
        phone.context().setOffline(false);

        var record = phone.locator("[data-testid=outbox-record]");
        assertThat(record.locator("[data-testid=outbox-state]")).hasText("Not sent");
        assertThat(record.locator("[data-testid=outbox-problem]")).containsText("cancelled");
        assertThat(record.locator("[data-testid=outbox-content]")).containsText("Tired today; did two sets.");
        assertThat(record.locator("[data-testid=escalation-not-sent]")).isVisible();
        assertAccessible(phone);
        assertNoHorizontalScroll(phone);
        Assertions.assertThat(recordsOf(d)).isZero();

        // Nothing is lost by coming back later: still there, still refused, never sent twice.
        phone.reload();
        assertThat(record.locator("[data-testid=outbox-state]")).hasText("Not sent");
        Assertions.assertThat(keptOnPhone(phone)).hasSize(1);

        // Deleted only when the worker says so, twice.
        record.locator("[data-testid=outbox-delete]").click();
        assertThat(record).hasCount(1);
        record.locator("[data-testid=outbox-delete]").click();
        assertThat(phone.locator("[data-testid=outbox-record]")).hasCount(0);
        Assertions.assertThat(keptOnPhone(phone)).isEmpty();
        Assertions.assertThat(recordsOf(d)).isZero();
    }

    @Test
    void h98_signingOutWithRecordsUnsentAsksFirstThenWipesWhatThePhoneKept() {
        CurrentUser worker = worker();
        DelegationView d = dueToday(worker);
        Page phone = readyForNoSignal(worker);
        recordWithNoSignal(phone, d, "Managed well.", null);
        desk.cancel(fixtures.user("pt.demo"), d.id(), "Discharged");
        phone.click("[data-testid=kept-on-phone] a:has-text('Go to My day')");
        phone.context().setOffline(false);
        assertThat(phone.locator("[data-testid=outbox-state]")).hasText("Not sent");

        phone.click("button:has-text('Sign out')");
        assertThat(phone.locator("[data-testid=sign-out-unsent]")).containsText("have not been sent: 1");
        assertThat(phone).hasURL(Pattern.compile("/my-day$"));
        assertAccessible(phone);
        Assertions.assertThat(keptOnPhone(phone)).hasSize(1);

        phone.click("[data-testid=sign-out-delete]");
        assertThat(phone).hasURL(Pattern.compile("/login\\?signedout$"));
        phone.waitForFunction("""
                async () => (await caches.keys()).filter((n) => n.startsWith('ta-')).length === 0""");
        Assertions.assertThat((Boolean) phone.evaluate("""
                async () => (await caches.keys()).filter((n) => n.startsWith('ta-')).length === 0""")).isTrue();
        Assertions.assertThat((Number) phone.evaluate("""
                () => new Promise((resolve) => {
                  const open = indexedDB.open('ta-offline', 1);
                  open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'key' });
                  open.onsuccess = () => {
                    const all = open.result.transaction('outbox').objectStore('outbox').count();
                    all.onsuccess = () => { open.result.close(); resolve(all.result); };
                  };
                })""")).isEqualTo(0);
        Assertions.assertThat((Number) phone.evaluate(
                "async () => (await navigator.serviceWorker.getRegistrations()).length")).isEqualTo(0);

        // Signed out: My day asks for sign-in again, not a kept copy.
        phone.navigate("/my-day");
        assertThat(phone).hasURL(Pattern.compile("/login"));
    }
}
