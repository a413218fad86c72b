package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Every page a person reaches by following links reads plainly: no "Reference: code" line, no internal code such as
 * {@code delegation.competency-expired} or a message key, no ISO date (2026-11-30) and no "1 records". Signed in as
 * each kind of demo user, the test follows in-app links from their start page on the demo service; a few pages of
 * each shape (one patient page, not forty) keep it to a minute or two. Attributes, hidden inputs, form values and
 * {@code <time datetime>} are for machines and are not read.
 */
@IntegrationTest
class PlainLanguagePagesTest {

    /** Pages per person, and pages of one shape (the same path with other ids). */
    static final int MAX_PAGES = 120;
    static final int PER_SHAPE = 2;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"hca.demo", "sw.demo", "nia.hca", "pt.demo", "ot.demo", "lead.demo", "admin.demo"})
    void everyPageReachedFromTheStartPageReadsPlainly(String username) throws Exception {
        Set<String> findings = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        List<String> read = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start(username)));
        while (!queue.isEmpty() && read.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path) || shapes.merge(shape(path), 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).with(user(fixtures.principal(username))))
                    .andReturn().getResponse();
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            read.add(path);
            Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
            PlainLanguage.findings(page).forEach(f -> findings.add(path + ": " + f));
            page.select("a[href]").stream().map(a -> PlainLanguage.inAppLink(a.attr("abs:href")))
                    .filter(link -> link != null && !seen.contains(link)).forEach(queue::add);
        }
        System.out.println(username + " read " + read.size() + " pages: " + read);
        assertThat(read.size()).as("pages read as " + username).isGreaterThan(3);
        assertThat(findings).as("plain-language findings for " + username + " on " + read.size() + " pages")
                .isEmpty();
    }

    private String start(String username) throws Exception {
        String location = mvc.perform(get("/").with(user(fixtures.principal(username)))).andReturn().getResponse()
                .getRedirectedUrl();
        return location == null ? "/" : location;
    }

    /** A path with its ids and numbers blanked, and its query's names without their values. */
    static String shape(String path) {
        int query = path.indexOf('?');
        String base = (query < 0 ? path : path.substring(0, query))
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("/[\\d.]+(?=/|$)", "/{n}").replaceAll("/[A-Z][A-Z0-9_]+(?=/|$)", "/{code}");
        String names = query < 0 ? "" : "?" + path.substring(query + 1).replaceAll("=[^&]*", "");
        return base + names;
    }
}
