package org.therapyassist.patients.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.imports.Batches;
import org.therapyassist.platform.imports.ImportProgress;
import org.therapyassist.platform.imports.Outcome;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Patients imported from an EPR extract through the API (H74, H75, H76); and the page. */
@IntegrationTest
class PatientImportDatabaseTest {

    static final String HEADER = PatientCsv.HEADER + "\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientImport imports;
    @Autowired
    PatientRecords records;
    @Autowired
    PlatformTransactionManager transactions;

    static String line(String nhs, String given, String dob, String address) {
        return nhs + "," + given + ",Imported,\"" + dob + "\",\"" + address + "\",LS1 4AB,\n";
    }

    ResultActions imported(String csv, LocalDate extractedOn, boolean goodRows) throws Exception {
        return mvc.perform(post("/api/v1/admin/patients/import").contentType("text/csv").content(csv)
                .param("extractedOn", extractedOn.toString()).param("goodRows", String.valueOf(goodRows))
                .with(user(fixtures.principal("admin.demo"))));
    }

    long patients(String nhs) {
        return jdbc.sql("select count(*) from patient where nhs_number = ?").param(nhs).query(Long.class).single();
    }

    String address(String nhs) {
        return jdbc.sql("select address from patient where nhs_number = ?").param(nhs).query(String.class).single();
    }

    long importsAudited() {
        return jdbc.sql("select count(*) from audit_event where action = 'patients.imported'").query(Long.class)
                .single();
    }

    @Test
    void theSameFileTwiceAddsNothingAndSaysUnchangedWithOneAuditEventPerImport() throws Exception {
        String a = Fixtures.nextNhsNumber();
        String b = Fixtures.nextNhsNumber();
        String file = HEADER + line(a, "Ann", "31/01/1950", "1 Hill Road, Leeds") + line(b, "Bob", "1951-02-28",
                "2 Dale Street");
        LocalDate extract = fixtures.today().minusDays(1);
        long audited = importsAudited();
        imported(file, extract, false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.added").value(2)).andExpect(jsonPath("$.rows[0].outcome").value("ADDED"))
                .andExpect(jsonPath("$.rows[0].name").value("Ann Imported"));
        mvc.perform(multipart("/api/v1/admin/patients/import")
                .file(new MockMultipartFile("file", "epr.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                .param("extractedOn", extract.toString()).with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.rows[1].outcome").value("UNCHANGED"));
        assertThat(patients(a)).isEqualTo(1);
        assertThat(patients(b)).isEqualTo(1);
        assertThat(importsAudited()).isEqualTo(audited + 2);
        assertThat(jdbc.sql("select detail from audit_event where action = 'patients.imported' order by seq desc "
                + "limit 1").query(String.class).single()).contains("0 added, 0 updated, 2 unchanged, 0 refused");
    }

    @Test
    void oneRefusedRowStopsTheWholeFileUnlessTheGoodRowsAreChosen() throws Exception {
        String good = Fixtures.nextNhsNumber();
        String twice = Fixtures.nextNhsNumber();
        String file = HEADER + line(good, "Ann", "31/01/1950", "1 Hill Road") + line(twice, "Cy", "1/2/1960", "3 Lane")
                + line(twice, "Cy", "1/2/1960", "3 Lane") + line("9434765918", "Typo", "1/1/1970", "4 Road");
        LocalDate extract = fixtures.today();
        imported(file, extract, false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.refused").value(2))
                .andExpect(jsonPath("$.rows[2].reasons[0]").value(containsString("earlier in the file, on line 3")))
                .andExpect(jsonPath("$.rows[3].reasons[0]").value(containsString("Modulus 11")));
        assertThat(patients(good)).isZero();
        imported(file, extract, true).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.added").value(2)).andExpect(jsonPath("$.refused").value(2));
        assertThat(patients(good)).isEqualTo(1);
        assertThat(patients(twice)).isEqualTo(1);
        assertThat(patients("9434765918")).isZero();
    }

    @Test
    void h74_twoPatientsMergedByAnNhsNumberTypo_anotherDateOfBirthIsRefusedAndTheRecordKept() throws Exception {
        String nhs = Fixtures.nextNhsNumber();
        imported(HEADER + line(nhs, "Ann", "31/01/1950", "1 Hill Road"), fixtures.today(), false)
                .andExpect(jsonPath("$.added").value(1));
        imported(HEADER + line(nhs, "Dee", "30/01/1950", "9 Other Road"), fixtures.today(), true)
                .andExpect(jsonPath("$.rows[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.rows[0].reasons[0]").value(containsString("born on 31 January 1950")));
        assertThat(jdbc.sql("select given_name from patient where nhs_number = ?").param(nhs).query(String.class)
                .single()).isEqualTo("Ann");
        assertThat(address(nhs)).isEqualTo("1 Hill Road");
    }

    @Test
    void h76_anAddressOverwrittenByAnOlderExtract_isKeptAndANewerOneUpdatesIt() throws Exception {
        String nhs = Fixtures.nextNhsNumber();
        LocalDate today = fixtures.today();
        imported(HEADER + line(nhs, "Ann", "31/01/1950", "2 New Street"), today.minusDays(2), false)
                .andExpect(jsonPath("$.added").value(1));
        imported(HEADER + line(nhs, "Ann", "31/01/1950", "1 Old Road"), today.minusDays(10), false)
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.rows[0].reasons[0]").value(containsString("newer than this extract")));
        assertThat(address(nhs)).isEqualTo("2 New Street");
        imported(HEADER + line(nhs, "Ann", "31/01/1950", "3 Later Lane"), today, false)
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(address(nhs)).isEqualTo("3 Later Lane");
        UUID importId = jdbc.sql("select last_import_id from patient where nhs_number = ?").param(nhs)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'patients.imported' and entity_id = ?")
                .param(importId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void h75_anImportHalfAppliedAfterACrash_leavesNothingWritten() {
        List<String> numbers = new ArrayList<>();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < Batches.SIZE + 500; i++) {
            String nhs = Fixtures.nextNhsNumber();
            numbers.add(nhs);
            file.append(line(nhs, "Crash" + i, "1/1/1960", i + " Crash Close"));
        }
        PatientImport.Upload upload = imports.read(fixtures.user("admin.demo"),
                file.toString().getBytes(StandardCharsets.UTF_8), fixtures.today());
        // The first batch of rows is written, then the import stops: as if the server died half way.
        ImportProgress crashing = new ImportProgress() {
            String phase = "";

            @Override
            public void phase(String name, int total) {
                phase = name;
            }

            @Override
            public void advance(int rows) {
                if (phase.equals("platform.import.phase.writing")) {
                    throw new IllegalStateException("the server stopped");
                }
            }
        };
        assertThatThrownBy(() -> imports.run(fixtures.user("admin.demo"), upload, false, crashing))
                .hasMessage("the server stopped");
        assertThat(patients(numbers.getFirst())).isZero();
        assertThat(jdbc.sql("select count(*) from patient where given_name like 'Crash%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyAdministratorsImportAndABadRequestIsProblemJsonNeverA500() throws Exception {
        String file = HEADER + line(Fixtures.nextNhsNumber(), "Ann", "31/01/1950", "1 Hill Road");
        mvc.perform(post("/api/v1/admin/patients/import").contentType("text/csv").content(file)
                .param("extractedOn", fixtures.today().toString()).with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/patients/import").contentType("application/json").content("{}")
                .param("extractedOn", fixtures.today().toString()).with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("request.media-type"))
                .andExpect(jsonPath("$.detail").value(containsString("text/csv")));
        mvc.perform(post("/api/v1/admin/patients/import").contentType("text/csv").content(file)
                .with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("extractedOn"));
        imported(file, fixtures.today().plusDays(1), false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("today or in the past")));
        imported("Name\nAnn\n", fixtures.today(), false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("missing: NHS Number")));
    }

    @Test
    void thePageImportsInTheBackgroundThenShowsTheReport() throws Exception {
        mvc.perform(get(PatientImportPages.PATH).with(user(fixtures.principal("admin.demo"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("NHS Number,First Name")));
        String nhs = Fixtures.nextNhsNumber();
        MockMultipartFile file = new MockMultipartFile("file", "epr.csv", "text/csv",
                ("Title,Gender," + HEADER.strip() + "\nMrs,F," + line(nhs, "Ann", "31/01/1950", "1 Hill Road"))
                        .getBytes(StandardCharsets.UTF_8));
        LocalDate today = fixtures.today();
        String job = mvc.perform(multipart(PatientImportPages.PATH).file(file)
                .param("extractedOnDay", String.valueOf(today.getDayOfMonth()))
                .param("extractedOnMonth", String.valueOf(today.getMonthValue()))
                .param("extractedOnYear", String.valueOf(today.getYear()))
                .with(user(fixtures.principal("admin.demo"))).with(csrf()).with(fixtures.formToken("admin.demo")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 300 && !page.contains("import-summary"); i++) {
            Thread.sleep(i == 0 ? 0 : 100);
            page = mvc.perform(get(job).with(user(fixtures.principal("admin.demo")))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("1 added, 0 updated, 0 unchanged, 0 refused")
                .contains("Columns not imported, because Therapy Assist does not hold them: Title, Gender");
        assertThat(patients(nhs)).isEqualTo(1);
        mvc.perform(multipart(PatientImportPages.PATH).file(file).param("extractedOnDay", "31")
                .param("extractedOnMonth", "2").param("extractedOnYear", "2026")
                .with(user(fixtures.principal("admin.demo"))).with(csrf()).with(fixtures.formToken("admin.demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"extractedOn-error\"")))
                .andExpect(content().string(containsString("must be a real date")));
        mvc.perform(get(job).with(user(fixtures.principal("lead.demo")))).andExpect(status().isForbidden());
    }

    /**
     * The rows are checked on a background thread, which has no request: the reasons are written in the language of
     * the administrator who started the import, the only person who can read the report.
     */
    @Test
    void theReportGivesItsRowReasonsInTheLanguageOfWhoeverStartedTheImport() throws Exception {
        String nhs = Fixtures.nextNhsNumber();
        MockMultipartFile file = new MockMultipartFile("file", "epr.csv", "text/csv",
                (HEADER + line(nhs, "Ann", "31/01/2999", "1 Hill Road")).getBytes(StandardCharsets.UTF_8));
        LocalDate today = fixtures.today();
        String job = mvc.perform(multipart(PatientImportPages.PATH).file(file)
                .param("extractedOnDay", String.valueOf(today.getDayOfMonth()))
                .param("extractedOnMonth", String.valueOf(today.getMonthValue()))
                .param("extractedOnYear", String.valueOf(today.getYear())).header("Accept-Language", "cy")
                .with(user(fixtures.principal("admin.demo"))).with(csrf()).with(fixtures.formToken("admin.demo")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 300 && !page.contains("import-summary"); i++) {
            Thread.sleep(i == 0 ? 0 : 100);
            page = mvc.perform(get(job).with(user(fixtures.principal("admin.demo"))).header("Accept-Language", "cy"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("Rhaid i&#39;r dyddiad geni fod yn y gorffennol")
                .doesNotContain("Date of birth must be in the past", "??");
        assertThat(patients(nhs)).isZero();
    }

    @Test
    void aPatientAddedByHandWhileTheFileIsCheckedMakesTheImportCheckAgainNotFail() {
        String byHand = Fixtures.nextNhsNumber();
        String other = Fixtures.nextNhsNumber();
        String file = HEADER + line(byHand, "Ann", "31/01/1950", "1 Hill Road") + line(other, "Bob", "1/1/1951",
                "2 Dale Street");
        PatientImport.Upload upload = imports.read(fixtures.user("admin.demo"),
                file.getBytes(StandardCharsets.UTF_8), fixtures.today());
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AtomicBoolean added = new AtomicBoolean();
        // A therapist adds the first patient by hand after the import read the organisation's patients, as another
        // server's import or a busy clinic could: the import's insert then meets a duplicate key.
        ImportProgress therapistMeanwhile = new ImportProgress() {
            @Override
            public void phase(String name, int total) {
                if (name.equals("platform.import.phase.writing") && added.compareAndSet(false, true)) {
                    ownTransaction.executeWithoutResult(t -> records.register(fixtures.user("pt.demo"),
                            new NewPatient(byHand, "Ann", "Imported", LocalDate.of(1950, 1, 31), "1 Hill Road",
                                    "LS1 4AB", null, List.of())));
                }
            }

            @Override
            public void advance(int rows) {
            }
        };
        PatientImportReport report = imports.run(fixtures.user("admin.demo"), upload, false, therapistMeanwhile);
        assertThat(added).isTrue();
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.rows().getFirst().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(patients(byHand)).isEqualTo(1);
        assertThat(patients(other)).isEqualTo(1);
    }
}
