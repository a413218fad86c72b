package org.therapyassist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.therapyassist.journeys.BrowserSupport.assertAccessible;
import static org.therapyassist.journeys.BrowserSupport.assertNoHorizontalScroll;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.imports.ImportJobs;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.staff.setup.SetupLinks;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * An administrator starting a real service, in a real browser on a phone: the one-time set-up link, adding, disabling
 * and resetting a staff account; then the staff and patient imports with their progress and report.
 */
@IntegrationTest
class AdministratorJourneyBrowserTest extends BrowserJourney {

    static final String PASSWORD = "three blue kettles";
    static final LocatorAssertions.IsVisibleOptions LONG = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SetupLinks setupLinks;
    @Autowired
    ImportJobs jobs;

    static void checked(Page page) {
        assertAccessible(page);
        assertNoHorizontalScroll(page);
    }

    @Test
    void theSetUpLinkMakesTheFirstAdministratorWhoAddsDisablesAndResetsAnAccount() {
        List<UUID> administrators = jdbc.sql("select id from staff_member where job_role = 'ADMINISTRATOR'")
                .query(UUID.class).list();
        String token;
        String username = "adm" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Page page = browser.anonymous();
        page.setViewportSize(360, 740);
        try {
            jdbc.sql("update staff_member set job_role = 'TEAM_LEAD' where job_role = 'ADMINISTRATOR'").update();
            token = setupLinks.issue();
            page.navigate("/setup/" + token);
            assertThat(page.locator("h1")).hasText("Set up Therapy Assist");
            checked(page);
            page.fill("#organisationName", "Northshire Community Health");
            page.fill("#odsCode", "T" + ThreadLocalRandom.current().nextInt(1000, 9999));
            page.fill("#givenName", "Alex");
            page.fill("#familyName", "Morgan");
            page.fill("#band", "6");
            page.fill("#username", username);
            page.fill("#password", PASSWORD);
            page.fill("#confirmPassword", PASSWORD);
            page.click("button:has-text('Set up the service')");
            assertThat(page.locator("body")).containsText("The service is set up.");
        } finally {
            jdbc.sql("update staff_member set job_role = 'ADMINISTRATOR' where id in (:ids)")
                    .param("ids", administrators).update();
        }
        page.navigate("/setup/" + token);
        assertThat(page.locator("h1")).not().hasText("Set up Therapy Assist");

        page.navigate("/login");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button:has-text('Sign in')");
        page.navigate("/admin/staff");
        assertThat(page.locator("h1")).hasText("Staff accounts");
        checked(page);
        page.click("a:has-text('Add an account')");
        page.fill("#givenName", "Sam");
        page.fill("#familyName", "Lee");
        page.fill("#username", username + ".sam");
        page.selectOption("#jobRole", "SUPPORT_WORKER");
        page.fill("#band", "3");
        page.fill("#password", PASSWORD);
        page.fill("#confirmPassword", PASSWORD);
        checked(page);
        page.click("button:has-text('Add account')");
        assertThat(page.locator("[data-testid=banner]")).containsText("Account added for Sam Lee");
        assertThat(page.locator("[data-testid=account-status]")).hasText("In use");
        checked(page);
        page.fill("#password", "four green teapots");
        page.fill("#confirmPassword", "four green teapots");
        page.click("button:has-text('Reset password')");
        assertThat(page.locator("[data-testid=banner]")).containsText("Password reset");
        page.click("button:has-text('Disable account')");
        assertThat(page.locator("[data-testid=banner]")).containsText("Account disabled");
        assertThat(page.locator("[data-testid=account-status]")).hasText("Disabled");
        checked(page);
    }

    @Test
    void theStaffImportReportsRowByRowThenImportsTheGoodRows() {
        Page page = browser.signIn("admin.demo", true);
        page.navigate("/admin/staff/import");
        checked(page);
        long first = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
        byte[] file = ("Assignment Number,First Name,Last Name,Job Role,Band,Team,Start Date,HCPC Number\n" + first
                + ",Jo,Smith,Healthcare Assistant,3,,,\n" + (first + 1) + ",Al,Bo,Juggler,3,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        page.setInputFiles("#file", new FilePayload("esr.csv", "text/csv", file));
        page.click("button:has-text('Check and import')");
        assertThat(page.locator("[data-testid=import-summary]")).isVisible(LONG);
        assertThat(page.locator("[data-testid=import-outcome]")).hasText("Nothing imported");
        assertThat(page.locator("[data-testid=import-report]")).containsText("\"Juggler\" is not one");
        checked(page);
        page.setInputFiles("#file", new FilePayload("esr.csv", "text/csv", file));
        page.check("#goodRows");
        page.click("button:has-text('Check and import')");
        assertThat(page.locator("[data-testid=import-summary]"))
                .containsText("1 added, 0 updated, 0 unchanged, 1 refused");
        checked(page);
    }

    @Test
    void thePatientImportShowsItsProgressThenTheReportAndImportsTheGoodRows() throws Exception {
        int rows = 2_000;
        StringBuilder csv = new StringBuilder("NHS Number,Title,First Name,Last Name,Date of Birth,Address,Postcode\n");
        for (int i = 0; i < rows - 1; i++) {
            csv.append(Fixtures.nextNhsNumber()).append(",Mr,Browser,Patient").append(i)
                    .append(",1/1/1960,\"1 Journey Road, Leeds\",LS1 4AB\n");
        }
        csv.append("9434765918,Ms,Typo,Patient,1/1/1970,2 Journey Road,LS1 4AB\n");
        FilePayload file = new FilePayload("epr.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        LocalDate today = fixtures.today();
        Page page = browser.signIn("admin.demo", true);
        page.navigate("/admin/patients/import");
        checked(page);

        // Another import of the organisation's patients is running: this one waits, and its page shows so.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Object> other = CompletableFuture.supplyAsync(() -> jobs.exclusive(
                fixtures.user("admin.demo").organisationId(), "patients", ImportProgress.NONE, () -> {
                    holding.countDown();
                    try {
                        return release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
        holding.await(30, TimeUnit.SECONDS);
        try {
            upload(page, file, today, false);
            assertThat(page.locator("[data-testid=import-progress]")).isVisible();
            assertThat(page.locator("[data-testid=import-progress-text]")).hasText("0 of 2,000 rows");
            assertThat(page.locator("progress")).isVisible();
            checked(page);
        } finally {
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
        }
        // The page polls its progress (htmx; a meta refresh without JavaScript) and then shows the report.
        assertThat(page.locator("[data-testid=import-summary]")).isVisible(LONG);
        assertThat(page.locator("[data-testid=import-summary]"))
                .containsText("1 refused. Nothing was written");
        assertThat(page.locator("[data-testid=import-summary]")).containsText("that would add 1,999");
        assertThat(page.locator("[data-testid=import-report]")).containsText("Modulus 11");
        assertThat(page.locator("[data-testid=columns-ignored]")).containsText("Title");
        checked(page);

        upload(page, file, today, true);
        assertThat(page.locator("[data-testid=import-summary]")).isVisible(LONG);
        assertThat(page.locator("[data-testid=import-summary]"))
                .containsText("1,999 added, 0 updated, 0 unchanged, 1 refused");
        checked(page);
    }

    private static void upload(Page page, FilePayload file, LocalDate extractedOn, boolean goodRows) {
        page.setInputFiles("#file", file);
        page.fill("#extractedOnDay", String.valueOf(extractedOn.getDayOfMonth()));
        page.fill("#extractedOnMonth", String.valueOf(extractedOn.getMonthValue()));
        page.fill("#extractedOnYear", String.valueOf(extractedOn.getYear()));
        if (goodRows) {
            page.check("#goodRows");
        }
        page.click("button:has-text('Check and import')");
    }
}
