package org.therapyassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Bounded work (issue 11, point 8): every list the API returns is paged with a default and a maximum page size (or is
 * small and fixed by design, and says why), bad paging input is a 400 and never a 500, and a request body over the
 * limit is refused with 413 before anything is saved. The walk finds every list operation itself, so a new one cannot
 * escape it.
 */
@IntegrationTest
class BoundedWorkTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]+)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    record ListOperation(String path, HandlerMethod handler) {

        boolean paged() {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.getParameterType().equals(PageRequest.class)) {
                    return true;
                }
            }
            return false;
        }

        String name() {
            return "GET " + path + " (" + handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName()
                    + ")";
        }
    }

    /** Every GET under /api/v1 whose answer is a JSON array (a collection, or a ResponseEntity of one). */
    List<ListOperation> listOperations() {
        List<ListOperation> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            if (!m.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String path : m.getKey().getPatternValues()) {
                if (path.startsWith("/api/v1/") && returnsList(m.getValue())) {
                    found.add(new ListOperation(path, m.getValue()));
                }
            }
        }
        found.sort((a, b) -> a.path().compareTo(b.path()));
        return found;
    }

    static boolean returnsList(HandlerMethod handler) {
        Type type = handler.getMethod().getGenericReturnType();
        if (type instanceof ParameterizedType p && p.getRawType().equals(ResponseEntity.class)) {
            type = p.getActualTypeArguments()[0];
        }
        Class<?> raw = type instanceof ParameterizedType p
                ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        // A file download (byte[]) is not a list.
        return Collection.class.isAssignableFrom(raw) || (raw.isArray() && !raw.equals(byte[].class));
    }

    /** A real value for each path variable and required query parameter, by what it names. */
    Map<String, String> samples() {
        Map<String, String> s = new TreeMap<>();
        CurrentUser lead = fixtures.user("lead.demo");
        UUID org = lead.organisationId();
        s.put("patients",
                one("select e.patient_id from episode e where e.organisation_id = ? order by e.opened_on, e.id", org));
        s.put("patientId", s.get("patients"));
        s.put("staff", fixtures.user("hca.demo").staffId().toString());
        s.put("teams", lead.teamId().toString());
        s.put("group-classes", one("select id from group_class where organisation_id = ? order by name", org));
        s.put("episodes",
                one("select id from episode where organisation_id = ? and status = 'OPEN' order by opened_on", org));
        s.put("delegations", one("select id from delegation where organisation_id = ? order by created_at", org));
        s.put("stores", one("select id from equipment_store where organisation_id = ? order by name", org));
        s.put("storeId", s.get("stores"));
        s.put("assets", one("select id from equipment_asset where organisation_id = ? order by asset_label", org));
        s.put("task-types", jdbc.sql("select code from task_type order by code").query(String.class).list().getFirst());
        s.put("competencies", "3.01");
        return s;
    }

    String one(String sql, UUID org) {
        return jdbc.sql(sql).param(org).query(UUID.class).list().getFirst().toString();
    }

    /** The path with every variable replaced; a variable named after nothing known fails, naming what to add. */
    String concrete(ListOperation op, Map<String, String> samples) {
        Matcher m = VARIABLE.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = op.path().substring(0, m.start());
            String segment = before.endsWith("/")
                    ? before.substring(before.substring(0, before.length() - 1).lastIndexOf('/') + 1,
                            before.length() - 1)
                    : m.group(1);
            String value = samples.containsKey(m.group(1)) ? samples.get(m.group(1)) : samples.get(segment);
            assertThat(value)
                    .as("%s: add a sample value for {%s} after /%s/ to this test", op.name(), m.group(1), segment)
                    .isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        StringBuilder query = new StringBuilder();
        for (MethodParameter p : op.handler().getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null) {
                continue;
            }
            String name = rp.value().isEmpty() ? rp.name().isEmpty() ? p.getParameterName() : rp.name() : rp.value();
            boolean required = rp.required()
                    && ValueConstants.DEFAULT_NONE.equals(rp.defaultValue());
            if (required) {
                assertThat(samples).as("%s: add a sample value for the query parameter %s", op.name(), name)
                        .containsKey(name);
            }
            if (samples.containsKey(name)) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(samples.get(name));
            }
        }
        return out + query.toString();
    }

    String concreteWith(String url, String params) {
        return url + (url.contains("?") ? "&" : "?") + params;
    }

    @Test
    void everyListIsPagedWithADefaultAndAMaximum() throws Exception {
        List<ListOperation> operations = listOperations();
        assertThat(operations).as("the walk finds the API's lists").hasSizeGreaterThan(40);
        Map<String, String> samples = samples();
        List<String> problems = new ArrayList<>();
        for (ListOperation op : operations) {
            if (!op.paged()) {
                BoundedList bounded = op.handler().getMethodAnnotation(BoundedList.class);
                if (bounded == null || bounded.value().isBlank()) {
                    problems.add(
                            op.name() + " returns a whole list: take a PageRequest, or mark it @BoundedList with why");
                }
                continue;
            }
            String url = concrete(op, samples);
            // Accounts are for administrators only; every other list is the team lead's.
            String user = op.name().contains("/api/v1/admin/") ? "admin.demo" : "lead.demo";
            for (String bad : List.of("size=10000", "size=0", "size=abc", "page=-1", "page=1.5", "page=99999999999")) {
                MvcResult r = mvc.perform(get(concreteWith(url, bad)).with(httpBasic(user, "demo"))).andReturn();
                if (r.getResponse().getStatus() != 400
                        || !r.getResponse().getContentAsString()
                                .contains("\"field\":\"" + bad.substring(0, bad.indexOf('=')) + "\"")) {
                    problems.add(op.name() + " with " + bad + " answered " + r.getResponse().getStatus()
                            + ", not 400 with a field error");
                }
            }
            MvcResult r = mvc.perform(get(url).with(httpBasic(user, "demo"))).andReturn();
            if (r.getResponse().getStatus() != 200) {
                problems.add(op.name() + " answered " + r.getResponse().getStatus() + " to the lead: "
                        + r.getResponse().getContentAsString());
                continue;
            }
            int items = JsonPath.<List<?>>read(r.getResponse().getContentAsString(), "$").size();
            if (items > PageRequest.DEFAULT_SIZE) {
                problems.add(op.name() + " returned " + items + " items by default");
            }
            String link = r.getResponse().getHeader("Link");
            if (link == null || !link.contains("rel=\"first\"")) {
                problems.add(op.name() + " has no Link header");
            }
            r = mvc.perform(get(concreteWith(url, "size=1")).with(httpBasic(user, "demo"))).andReturn();
            int one = JsonPath.<List<?>>read(r.getResponse().getContentAsString(), "$").size();
            String total = r.getResponse().getHeader("X-Total-Count");
            if (one > 1 || (total != null && Long.parseLong(total) > 1
                    && !r.getResponse().getHeader("Link").contains("rel=\"next\""))) {
                problems.add(op.name() + " with size=1 returned " + one + " items of " + total + " and Link "
                        + r.getResponse().getHeader("Link"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesThePagingOfEveryPagedList() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (ListOperation op : listOperations()) {
            String path = op.path().replaceAll("\\{([^}:]+):[^}]+}", "{$1}");
            Map<String, Object> get = JsonPath.read(doc, "$.paths['" + path + "'].get");
            List<String> params = get.containsKey("parameters")
                    ? JsonPath.read(doc, "$.paths['" + path + "'].get.parameters[*].name")
                    : List.of();
            if (op.paged()) {
                assertThat(params).as(op.name()).contains("page", "size");
                Map<String, Object> headers = JsonPath.read(doc,
                        "$.paths['" + path + "'].get.responses['200'].headers");
                assertThat(headers).as(op.name()).containsKeys("Link", "X-Total-Count");
            } else {
                String description = JsonPath.read(doc, "$.paths['" + path + "'].get.description");
                assertThat(description).as(op.name()).contains("Not paged: ");
            }
            assertThat(params).as(op.name() + " documents no phantom paging object").doesNotContain("pageRequest",
                    "arg1");
        }
    }

    @Test
    void aLongListComesAPageAtATimeWithLinksToTheRest() throws Exception {
        CurrentUser lead = fixtures.user("lead.demo");
        CurrentUser worker = fixtures.user("hca.demo");
        for (int i = 0; i < PageRequest.DEFAULT_SIZE + 5; i++) {
            jdbc.sql("insert into thanks (id, organisation_id, from_staff_id, to_staff_id, about, message, created_at) "
                    + "values (?, ?, ?, ?, null, ?, ?)")
                    .params(UUID.randomUUID(), lead.organisationId(), lead.staffId(), worker.staffId(),
                            "Thank you " + i,
                            Time.db(Instant.now().minusSeconds(i)))
                    .update();
        }
        String url = "/api/v1/staff/" + worker.staffId() + "/thanks";
        MvcResult first = mvc.perform(get(url).with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(PageRequest.DEFAULT_SIZE))
                .andExpect(header().string("Link",
                        Matchers.containsString("<" + url + "?page=1&size=50>; rel=\"next\"")))
                .andReturn();
        long total = Long.parseLong(first.getResponse().getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(PageRequest.DEFAULT_SIZE + 5);
        long last = (total - 1) / 50;
        mvc.perform(get(url).param("page", String.valueOf(last)).with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value((int) (total - last * 50)))
                .andExpect(header().string("Link",
                        Matchers.not(Matchers.containsString("rel=\"next\""))))
                .andExpect(header().string("Link", Matchers.containsString("rel=\"prev\"")));
        // Past the end: an empty page, not an error.
        mvc.perform(get(url).param("page", String.valueOf(last + 5)).with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(
                get(url).param("size", String.valueOf(PageRequest.MAX_SIZE + 1)).with(httpBasic("lead.demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theInboxComesInSectionsThatArePagesAndOneSectionCanBeReadAlone() throws Exception {
        mvc.perform(get("/api/v1/inbox").with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.escalations.size").value(PageRequest.DEFAULT_SIZE))
                .andExpect(jsonPath("$.escalations.total").isNumber())
                .andExpect(jsonPath("$.awaitingResponse.items").isArray())
                .andExpect(jsonPath("$.awaitingResponse.items.length()",
                        Matchers.lessThanOrEqualTo(PageRequest.DEFAULT_SIZE)));
        mvc.perform(get("/api/v1/inbox").param("section", "AWAITING_RESPONSE").param("size", "1")
                .with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awaitingResponse.items.length()", Matchers.lessThanOrEqualTo(1)))
                .andExpect(jsonPath("$.escalations").doesNotExist());
        mvc.perform(get("/api/v1/inbox").param("size", "10000").with(httpBasic("pt.demo", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/inbox").param("section", "AWAITING_RESPONSE").with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isOk());
    }

    @Test
    void aPageWithBadPagingInputIsA400PageNotA500() throws Exception {
        mvc.perform(get("/staff").param("page", "-3").with(user(fixtures.principal("lead.demo"))))
                .andExpect(status().isBadRequest());
        mvc.perform(
                get("/inbox").param("section", "DECLINED").param("page", "x").with(user(fixtures.principal("pt.demo"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/staff").param("page", "1").with(user(fixtures.principal("lead.demo"))))
                .andExpect(status().isOk());
    }

    long thanksTo(UUID staffId) {
        return jdbc.sql("select count(*) from thanks where to_staff_id = ?").param(staffId).query(Long.class).single();
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413AndNothingIsSaved() throws Exception {
        UUID worker = fixtures.user("hca.demo").staffId();
        long before = thanksTo(worker);
        String body = "{\"about\": \"x\", \"message\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        mvc.perform(post("/api/v1/staff/" + worker + "/thanks").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(413))
                .andExpect(
                        header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("request.too-large"))
                .andExpect(jsonPath("$.status").value(413));
        assertThat(thanksTo(worker)).isEqualTo(before);
        // Under the limit, the same call works.
        mvc.perform(post("/api/v1/staff/" + worker + "/thanks").with(httpBasic("pt.demo", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \"Thank you for the stairs practice\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsCutOffWith413() throws Exception {
        UUID worker = fixtures.user("hca.demo").staffId();
        long before = thanksTo(worker);
        byte[] body = ("{\"message\": \"" + "b".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // A stream of unknown length goes out chunked, without Content-Length.
        HttpRequest request = HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/" + worker + "/thanks"))
                .header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("pt.demo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("request.too-large");
        assertThat(thanksTo(worker)).isEqualTo(before);
    }

    @Test
    void aFormPostOverTheLimitGetsAPlain413Page() throws Exception {
        UUID worker = fixtures.user("hca.demo").staffId();
        long before = thanksTo(worker);
        mvc.perform(post("/staff/" + worker + "/thanks").with(user(fixtures.principal("pt.demo"))).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("message=" + "c".repeat(2 * 1024 * 1024)))
                .andExpect(status().is(413));
        // Over the wire the page is the service's own error page, and nothing was saved.
        String form = "message=" + "d".repeat(2 * 1024 * 1024);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/staff/" + worker + "/thanks"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("The form was too large to send");
        // Chunked, with no length given: the container parses forms itself, to the same limit.
        byte[] chunked = form.getBytes(StandardCharsets.UTF_8);
        response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/staff/" + worker + "/thanks"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(chunked)))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The form was too large to send");
        assertThat(thanksTo(worker)).isEqualTo(before);
    }
}
