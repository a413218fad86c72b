package org.therapyassist.staff.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Staff imported from an ESR export through the API and the page (H62, H63). */
@IntegrationTest
class StaffImportDatabaseTest {

    static final String HEADER = EsrImportRulesTest.HEADER;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountDirectory accounts;

    static String assignment() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }

    String team() throws Exception {
        String name = "Import " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/admin/teams").with(user(fixtures.principal("admin.demo")))
                .contentType("application/json").content("""
                        {"name": "%s", "setting": "COMMUNITY"}""".formatted(name)))
                .andExpect(status().isCreated());
        return name;
    }

    ResultActions imported(String who, String csv, boolean goodRows) throws Exception {
        return mvc.perform(multipart("/api/v1/admin/staff/import")
                .file(new MockMultipartFile("file", "esr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(fixtures.principal(who))).param("goodRows", String.valueOf(goodRows)));
    }

    long people(String assignment) {
        return jdbc.sql("select count(*) from staff_member where assignment_number = ?").param(assignment)
                .query(Long.class).single();
    }

    @Test
    void h63_importedPeopleAreAddedThenUpdatedNeverDuplicatedAndCannotSignIn() throws Exception {
        String team = team();
        String a = assignment();
        String b = assignment();
        String file = HEADER + a + ",Jo,Smith,Physiotherapist,5," + team + ",31/01/2026,PH123456\n" + b
                + ",\"Lee, Sam\",Ng,Healthcare Assistant,Band 3,,,\n";
        imported("admin.demo", file, false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.added").value(2)).andExpect(jsonPath("$.rows[0].outcome").value("ADDED"))
                .andExpect(jsonPath("$.rows[1].name").value("Lee, Sam Ng"));
        imported("admin.demo", file.replace(",Band 3,", ",4,"), false).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(people(a)).isEqualTo(1);
        assertThat(people(b)).isEqualTo(1);
        assertThat(jdbc.sql("select band from staff_member where assignment_number = ?").param(b)
                .query(Integer.class).single()).isEqualTo(4);
        var account = accounts.findByUsername("esr" + a).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(account.user().teamId()).isNotNull();
    }

    @Test
    void oneRefusedRowStopsTheWholeFileUnlessTheGoodRowsAreChosen() throws Exception {
        String good = assignment();
        String file = HEADER + good + ",Jo,Smith,Support Worker,3,,,\n" + assignment()
                + ",Al,Bo,Support Worker,3,No Such Team,,\n";
        imported("admin.demo", file, false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.rows[1].reasons[0]").value(containsString("No Such Team")));
        assertThat(people(good)).isZero();
        imported("admin.demo", file, true).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.added").value(1)).andExpect(jsonPath("$.refused").value(1));
        assertThat(people(good)).isEqualTo(1);
    }

    @Test
    void h62_anAdministratorIsNotChangedByAnImportAndOnlyAdministratorsImport() throws Exception {
        String number = assignment();
        jdbc.sql("update staff_member set assignment_number = ? where username = 'admin.demo'").param(number)
                .update();
        try {
            imported("admin.demo", HEADER + number + ",Ad,Min,Support Worker,3,,,\n", true)
                    .andExpect(jsonPath("$.rows[0].outcome").value("REFUSED"))
                    .andExpect(jsonPath("$.rows[0].reasons[0]").value(containsString("administrator")));
            assertThat(accounts.findByUsername("admin.demo").orElseThrow().user().jobTitle())
                    .isEqualTo("System administrator");
        } finally {
            jdbc.sql("update staff_member set assignment_number = null where username = 'admin.demo'").update();
        }
        imported("lead.demo", HEADER + assignment() + ",Jo,Smith,Support Worker,3,,,\n", true)
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff/import").with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadFileIsA400WithAFieldErrorNeverA500() throws Exception {
        imported("admin.demo", "Number,Name\n1,2\n", false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("header")));
        mvc.perform(multipart("/api/v1/admin/staff/import").file(new MockMultipartFile("file", "esr.csv", "text/csv",
                new byte[]{'A', (byte) 0xC3, (byte) 0x28})).with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageImportsInTheBackgroundShowsProgressThenTheReportRowByRow() throws Exception {
        mvc.perform(get("/admin/staff/import").with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Assignment Number,First Name")));
        String a = assignment();
        MockMultipartFile file = new MockMultipartFile("file", "esr.csv", "text/csv",
                (HEADER + a + ",Jo,Smith,Therapist,3,,,\n").getBytes(StandardCharsets.UTF_8));
        String job = mvc
                .perform(multipart("/admin/staff/import").file(file).with(user(fixtures.principal("admin.demo")))
                        .with(csrf()).with(fixtures.formToken("admin.demo")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/admin/staff/import/");
        assertThat(finished(job, "admin.demo")).contains("1 refused. Nothing was written")
                .contains("is not one Therapy Assist recognises");
        // Only the administrator who started an import sees it.
        mvc.perform(get(job).with(user(fixtures.principal("pt.demo")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff/import/" + UUID.randomUUID()).with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/admin/staff/import").file(new MockMultipartFile("file", "esr.csv", "text/csv",
                "nonsense".getBytes(StandardCharsets.UTF_8))).with(user(fixtures.principal("admin.demo")))
                .with(csrf()).with(fixtures.formToken("admin.demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"file-error\"")));
    }

    /** The job's page once the import has finished (it shows the progress and refreshes itself until then). */
    String finished(String job, String who) throws Exception {
        for (int i = 0; i < 300; i++) {
            String page = mvc.perform(get(job).with(user(fixtures.principal(who)))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!page.contains("data-testid=\"import-progress\"")) {
                return page;
            }
            assertThat(page).contains("http-equiv=\"refresh\"").contains("<progress");
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void theSameFileTwiceChangesNothingAndATextCsvBodyIsTakenToo() throws Exception {
        String a = assignment();
        String file = HEADER + a + ",Jo,Smith,Healthcare Assistant,3,,,\n";
        imported("admin.demo", file, false).andExpect(jsonPath("$.added").value(1));
        mvc.perform(post("/api/v1/admin/staff/import").contentType("text/csv").content(file)
                .with(user(fixtures.principal("admin.demo")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.rows[0].outcome").value("UNCHANGED"));
        assertThat(people(a)).isEqualTo(1);
        mvc.perform(post("/api/v1/admin/staff/import").contentType("application/xml").content("<staff/>")
                .with(user(fixtures.principal("admin.demo")))).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("request.media-type"));
    }
}
