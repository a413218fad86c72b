package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The page forms of the modules split out of workforce (staff, competence, training, development, induction), bound
 * through {@link FormPost}, sent empty or with a value they cannot take, on real records: each comes back as its page
 * with the error summary and status 200, never an error page or a server error; and their buttons, bound through
 * {@link Actions}, go back to their page with the problem.
 */
@IntegrationTest
class RefusedWorkforceFormsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    record Form(String user, String path, Map<String, String> sent) {
    }

    UUID staff(String username) {
        return fixtures.user(username).staffId();
    }

    MvcResult send(Form form) throws Exception {
        var request = post(form.path()).with(user(fixtures.principal(form.user()))).with(csrf())
                .with(fixtures.formToken(form.user()));
        form.sent().forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    static String describe(Form form, MvcResult result) {
        return form.user() + " " + form.path() + " " + form.sent().keySet() + " -> " + result.getResponse().getStatus()
                + " " + (result.getModelAndView() == null ? "" : result.getModelAndView().getModel().get("errorCode"));
    }

    @Test
    void everyRefusedFormComesBackAsItsPageWithTheErrorSummary() throws Exception {
        UUID nia = staff("nia.hca");
        UUID hca = staff("hca.demo");

        List<Form> forms = List.of(
                new Form("lead.demo", "/induction/plans", Map.of("startsOnMonth", "13")),
                new Form("lead.demo", "/staff/" + hca + "/induction", Map.of("startsOnDay", "40")),
                new Form("lead.demo", "/staff/" + nia + "/induction/items", Map.of("title", "")),
                new Form("lead.demo", "/rotations", Map.of("endsOnYear", "26")),
                new Form("pt.demo", "/staff/" + hca + "/supervision", Map.of("kind", "NOT_ONE")),
                new Form("pt.demo", "/staff/" + hca + "/thanks", Map.of()),
                new Form("pt.demo", "/staff/" + hca + "/sign-offs", Map.of("signedOnDay", "31", "signedOnMonth", "2")),
                new Form("hca.demo", "/sign-off-requests", Map.of()),
                new Form("hca.demo", "/staff/" + hca + "/development/3.07", Map.of("rating", "VERY")),
                new Form("hca.demo", "/staff/" + hca + "/pdp/objectives", Map.of("towards", "stage:NONE")),
                new Form("lead.demo", "/staff/" + hca + "/pdp/reviews", Map.of("reviewedOnYear", "1")),
                new Form("lead.demo", "/staff/" + hca + "/learning-time", Map.of("hoursPerMonth", "lots")),
                new Form("hca.demo", "/staff/" + hca + "/learning-time/sessions", Map.of("hours", "two")),
                new Form("hca.demo", "/staff/" + hca + "/training", Map.of("expiresOnMonth", "0")),
                new Form("hca.demo", "/staff/" + hca + "/qualifications",
                        Map.of("form", "qualification", "kind", "NOT_ONE")),
                new Form("lead.demo", "/passports/trusted-issuers", Map.of("publicKey", "not a key")));

        List<String> wrong = new ArrayList<>();
        for (Form form : forms) {
            MvcResult result = send(form);
            String body = result.getResponse().getContentAsString();
            if (result.getResponse().getStatus() != 200 || !body.contains("<title>Error: ")
                    || !body.contains("nhsuk-error-summary")) {
                wrong.add(describe(form, result));
            }
            String order = RefusedFormsPageTest.summaryOutOfOrder(body);
            if (order != null) {
                wrong.add(form.path() + ": the summary is not in form order: " + order);
            }
            PlainLanguage.findings(Jsoup.parse(body)).forEach(f -> wrong.add(form.path() + ": " + f));
        }
        assertThat(wrong).as("forms that did not come back with their error summary, in form order, in plain words")
                .isEmpty();
    }

    @Test
    void aRefusedButtonGoesBackToItsPageWithTheProblem() throws Exception {
        Map<Form, String> buttons = Map.of(
                new Form("lead.demo", "/induction/assessors", Map.of()), "/induction",
                new Form("lead.demo", "/induction/standard-set", Map.of("standardSet", "NOT_ONE")), "/induction",
                new Form("hca.demo", "/sign-off-requests",
                        Map.of("competencyCode", "9.99", "returnTo", "development")),
                "/staff/" + staff("hca.demo") + "/development/9.99",
                new Form("hca.demo", "/pdp/objectives/" + UUID.randomUUID(),
                        Map.of("staffId", staff("hca.demo").toString(), "status", "NOT_ONE")),
                "/staff/" + staff("hca.demo") + "/pdp",
                new Form("hca.demo", "/staff/" + staff("hca.demo") + "/passports", Map.of()),
                "/staff/" + staff("hca.demo") + "/development#passport");

        List<String> wrong = new ArrayList<>();
        for (var button : buttons.entrySet()) {
            MvcResult result = send(button.getKey());
            if (!button.getValue().equals(result.getResponse().getRedirectedUrl())
                    || result.getFlashMap().get("problem") == null) {
                wrong.add(describe(button.getKey(), result));
            }
        }
        assertThat(wrong).as("buttons that did not go back with their problem").isEmpty();
    }
}
