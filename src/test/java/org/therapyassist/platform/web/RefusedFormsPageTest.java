package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.discharge.Discharges;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Every page form bound through {@link FormPost}, sent empty or with a value it cannot take, on real records: each
 * comes back as its page with the error summary and status 200, never an error page or a server error. The journeys
 * test the messages that matter to their story; this test covers the forms they do not reach.
 */
@IntegrationTest
class RefusedFormsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DelegationDesk desk;
    @Autowired
    Discharges discharges;
    @Autowired
    Referrals referrals;

    record Form(String user, String path, Map<String, String> sent) {
    }

    @Test
    void everyRefusedFormComesBackAsItsPageWithTheErrorSummary() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        // A worker of this test's own, so the offers it leaves open are on nobody else's My day.
        CurrentUser hca = fixtures.newSupportWorker(2, "3.01", "3.07");
        String worker = hca.username();
        Episode episode = fixtures.patientWithEpisode(pt);
        String patient = episode.patientId().toString();
        String goal = episode.goals().getFirst().id().toString();
        var offered = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        var accepted = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, accepted.id());
        UUID discharge = discharges.start(pt, episode.id()).id();
        UUID store = jdbc.sql("select id from equipment_store where name = 'Northgate community base'")
                .query(UUID.class).single();
        UUID asset = jdbc.sql("select id from equipment_asset where asset_label = 'HST-0002'").query(UUID.class)
                .single();
        UUID groupClass = jdbc.sql("select id from group_class order by name limit 1").query(UUID.class).single();
        UUID groupSession = jdbc.sql("select id from group_session where class_id = ? order by session_date limit 1")
                .param(groupClass).query(UUID.class).single();
        UUID referral = referrals.receive(pt, new ReferralCommands.NewReferral(episode.patientId(), pt.teamId(),
                SourceRole.NURSE, "Staff Nurse Lowe", null, "Falls at home", Urgency.SOON, fixtures.today())).id();

        List<Form> forms = List.of(
                new Form("pt.demo", "/patients", Map.of("dateOfBirthYear", "19")),
                new Form("pt.demo", "/patients/" + patient + "/break-glass", Map.of("reason", "x".repeat(501))),
                new Form("pt.demo", "/referrals", Map.of("receivedOnDay", "40")),
                new Form("pt.demo", "/referrals/" + referral + "/decision", Map.of()),
                new Form("pt.demo", "/patients/" + patient + "/referrals-out", Map.of()),
                new Form("pt.demo", "/patients/" + patient + "/episodes", Map.of("category", "NOT_ONE")),
                new Form("pt.demo", "/episodes/" + episode.id() + "/goals", Map.of("weight", "heavy")),
                new Form("pt.demo", "/episodes/" + episode.id() + "/programme", Map.of("sets", "three")),
                new Form("pt.demo", "/goals/" + goal + "/reviews", Map.of("level", "top")),
                new Form("pt.demo", "/delegations", Map.of("patientId", patient, "startsOnMonth", "13")),
                new Form(worker, "/delegations/" + offered.id() + "/decline", Map.of()),
                new Form("pt.demo", "/delegations/" + accepted.id() + "/review", Map.of("outcome", "CONTINUE")),
                new Form("pt.demo", "/delegations/" + accepted.id() + "/stop-criteria",
                        Map.of("painRisePoints", "lots")),
                new Form(worker, "/session-records",
                        Map.of("delegationId", accepted.id().toString(), "painBefore", "x")),
                new Form(worker, "/escalations", Map.of("delegationId", accepted.id().toString())),
                new Form("pt.demo", "/discharges/" + discharge + "/details", Map.of("adviceGiven", "x".repeat(2001))),
                new Form("pt.demo", "/discharges/" + discharge + "/equipment", Map.of()),
                new Form("pt.demo", "/discharges/" + discharge + "/discussions", Map.of()),
                new Form("pt.demo", "/discharges/" + discharge + "/sign", Map.of()),
                new Form("pt.demo", "/discharges/" + discharge + "/amendments", Map.of()),
                new Form("pt.demo", "/exercises", Map.of("defaultSets", "2.5")),
                new Form("pt.demo", "/episodes/" + episode.id() + "/exercise-programme", Map.of("maxSets", "many")),
                new Form("pt.demo", "/patients/" + patient + "/measures", Map.of("measureKey", "TUG", "item0", "slow")),
                new Form("pt.demo", "/patients/" + patient + "/measures", Map.of("measureKey", "BERG", "item9", "x")),
                new Form("lead.demo", "/measures", Map.of("itemLabel3", "Balance", "itemMin3", "low")),
                new Form("pt.demo", "/pulse", Map.of("feelValued", "very")),
                new Form("lead.demo", "/equipment/stores", Map.of("kind", "SHED")),
                new Form("lead.demo", "/equipment/stores/" + store + "/levels", Map.of("reorderLevel", "some")),
                new Form("lead.demo", "/equipment/stores/" + store + "/movements", Map.of("quantity", "1")),
                new Form("lead.demo", "/equipment/stores/" + store + "/reservations", Map.of("bookQuantity", "2")),
                new Form("pt.demo", "/patients/" + patient + "/equipment", Map.of("assetLabel", "NO-SUCH-LABEL")),
                new Form("lead.demo", "/equipment/assets", Map.of("storeId", store.toString())),
                new Form("lead.demo", "/equipment/assets/" + asset + "/faults", Map.of()),
                new Form("lead.demo", "/equipment/assets/" + asset + "/retire", Map.of("version", "new")),
                new Form("lead.demo", "/equipment/examiners", Map.of()),
                new Form("pt.demo", "/equipment/faults", Map.of("label", "NO-SUCH-LABEL")),
                new Form("pt.demo", "/groups/classes", Map.of("capacity", "ten")),
                new Form("pt.demo", "/groups/classes/" + groupClass + "/sessions", Map.of("weeks", "six")),
                new Form("pt.demo", "/groups/classes/" + groupClass + "/enrolments", Map.of()),
                new Form("pt.demo", "/groups/sessions/" + groupSession + "/amendments", Map.of()));

        List<String> wrong = new ArrayList<>();
        for (Form form : forms) {
            var request = post(form.path()).with(user(fixtures.principal(form.user()))).with(csrf())
                    .with(fixtures.formToken(form.user()));
            form.sent().forEach(request::param);
            MvcResult result = mvc.perform(request).andReturn();
            String body = result.getResponse().getContentAsString();
            if (result.getResponse().getStatus() != 200 || !body.contains("<title>Error: ")
                    || !body.contains("nhsuk-error-summary")) {
                wrong.add(form.user() + " " + form.path() + " " + form.sent().keySet() + " -> "
                        + result.getResponse().getStatus()
                        + " "
                        + (result.getModelAndView() == null
                                ? ""
                                : result.getModelAndView().getModel().get("errorCode")));
            }
            String order = summaryOutOfOrder(body);
            if (order != null) {
                wrong.add(form.user() + " " + form.path() + ": the summary is not in form order: " + order);
            }
            // The messages a refusal shows read as plainly as any page (no codes, ISO dates or "1 records").
            PlainLanguage.findings(Jsoup.parse(body))
                    .forEach(f -> wrong.add(form.user() + " " + form.path() + ": " + f));
        }
        assertThat(wrong).as("forms that did not come back with their error summary in form order").isEmpty();
    }

    @Test
    void aValueTheFormCannotTakeIsShownAgainExactlyAsTypedBesideItsMessage() throws Exception {
        Episode episode = fixtures.patientWithEpisode(fixtures.user("pt.demo"));
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("activity", "Sit to stand");
        sent.put("sets", "three");
        sent.put("frequency", "Twice a day");
        var request = post("/episodes/" + episode.id() + "/programme").with(user(fixtures.principal("pt.demo")))
                .with(csrf()).with(fixtures.formToken("pt.demo"));
        sent.forEach(request::param);
        String body = mvc.perform(request).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<a href=\"#sets\">Sets must be a whole number</a>", "id=\"sets-error\"",
                "value=\"three\"", "value=\"Sit to stand\"", "value=\"Twice a day\"");
    }

    /** The summary's fields when they are not in the order the form after it shows them; null when they are. */
    public static String summaryOutOfOrder(String body) {
        Document page = Jsoup.parse(body);
        List<Element> elements = page.body().getAllElements();
        for (Element summary : page.select(".nhsuk-error-summary__list")) {
            List<String> fields = summary.select("a[href^=#]").eachAttr("href").stream().map(h -> h.substring(1))
                    .toList();
            int from = elements.indexOf(summary);
            List<Integer> positions = fields.stream().map(f -> elements.stream().skip(from)
                    .filter(e -> e.id().equals(f) || e.id().startsWith(f + "-") && !e.hasClass("nhsuk-error-message")
                            || f.equals(e.attr("name")))
                    .findFirst().map(elements::indexOf).orElse(Integer.MAX_VALUE)).toList();
            for (int i = 1; i < positions.size(); i++) {
                if (positions.get(i) < positions.get(i - 1)) {
                    return fields.toString();
                }
            }
        }
        return null;
    }
}
