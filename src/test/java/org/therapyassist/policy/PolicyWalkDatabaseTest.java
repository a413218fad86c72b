package org.therapyassist.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.idempotency.FormTokens;
import org.therapyassist.platform.idempotency.IdempotencyRules;
import org.therapyassist.platform.security.StaffPrincipal;
import org.therapyassist.support.IntegrationTest;

/**
 * Walks every write operation (each API write and each page form post) as every demo role and compares the answer with
 * the declared policy: a role the policy refuses gets exactly the policy's status and code before anything runs; a
 * role it allows is never refused by the policy, and never gets a 500 even with an empty body and unknown ids.
 */
@IntegrationTest
class PolicyWalkDatabaseTest {

    /** One of each role in the demo service, plus a named equipment lead. */
    static final List<String> ROLES = List.of("hca.demo", "nia.hca", "sw.demo", "megan.ap", "joanne.swl", "ravi.ssw",
            "pt.demo", "ot.demo", "lead.demo", "admin.demo");

    private static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGuard guard;
    @Autowired
    FormTokens formTokens;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Write(String method, String path, HandlerMethod handler, boolean multipart) {

        String name() {
            return method + " " + path + " (" + handler.getBeanType().getSimpleName() + "#"
                    + handler.getMethod().getName() + ")";
        }
    }

    List<Write> writes() {
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            if (!m.getValue().getBeanType().getName().startsWith("org.therapyassist.")) {
                continue;
            }
            for (RequestMethod method : m.getKey().getMethodsCondition().getMethods()) {
                if (WRITES.contains(method)) {
                    for (String path : m.getKey().getPatternValues()) {
                        boolean multipart = m.getKey().getConsumesCondition().getConsumableMediaTypes()
                                .contains(MediaType.MULTIPART_FORM_DATA);
                        writes.add(new Write(method.name(), path, m.getValue(), multipart));
                    }
                }
            }
        }
        return writes;
    }

    @Test
    void everyWriteDeclaresTheCommandItPerforms() {
        List<Write> writes = writes();
        assertThat(writes).hasSizeGreaterThan(150);
        assertThat(writes).filteredOn(w -> w.handler().getMethodAnnotation(Performs.class) == null)
                .extracting(Write::name).as("writes with no @Performs").isEmpty();
    }

    @Test
    void everyDeclaredCommandIsPerformedSomewhere() {
        Set<Command> performed = EnumSet.noneOf(Command.class);
        writes().forEach(w -> performed.add(w.handler().getMethodAnnotation(Performs.class).value()));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(performed))).as("commands no page or API performs").isEmpty();
    }

    @Test
    void everyWriteAsEveryRoleAnswersAsThePolicyDeclares() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (String username : ROLES) {
            StaffPrincipal principal = (StaffPrincipal) accounts.loadUserByUsername(username);
            CurrentUser me = principal.user();
            for (Write write : writes()) {
                Command command = write.handler().getMethodAnnotation(Performs.class).value();
                PolicyRules.Verdict expected = guard.decide(me, command, null);
                // A page form carries its one-time token (as every th:action form does) and its CSRF token.
                MvcResult result = mvc.perform(requestFor(write).with(user(principal)).with(csrf())
                        .with(formToken(me, write))).andReturn();
                checked++;
                int status = result.getResponse().getStatus();
                String code = codeOf(result);
                String what = username + " " + write.name() + " [" + command + "] -> " + status + " " + code;
                if (!expected.allowed()) {
                    if (status != expected.status() || !expected.code().equals(code)) {
                        disagreements.add(what + ", expected " + expected.status() + " " + expected.code());
                    }
                } else if (status >= 500 || (code != null && code.startsWith("policy."))) {
                    disagreements.add(what + ", expected the policy to allow it and no server error");
                }
            }
        }
        assertThat(checked).isGreaterThan(ROLES.size() * 150);
        assertThat(disagreements).as("answers that disagree with the declared policy").isEmpty();
    }

    private RequestPostProcessor formToken(CurrentUser me, Write write) {
        return request -> {
            if (!write.path().startsWith("/api/") && !write.path().startsWith(IdempotencyRules.OUTBOX)) {
                request.setParameter(FormTokens.FIELD, formTokens.issue(me));
            }
            return request;
        };
    }

    private static AbstractMockHttpServletRequestBuilder<?> requestFor(Write write) {
        Matcher m = VARIABLE.matcher(write.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "code" -> "3.07";
                case "itemCode" -> "WALKING_FRAME";
                default -> m.group(2) != null ? m.group(2).split("\\|")[0] : UUID.randomUUID().toString();
            };
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        if (write.multipart()) {
            return multipart(path.toString());
        }
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(write.method()), path.toString());
        if (write.path().startsWith("/api/")) {
            builder.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (write.path().startsWith(IdempotencyRules.OUTBOX)) {
            // The phone's outbox posts the form's fields by script, with the Idempotency-Key it requires.
            builder.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return builder;
    }

    private static String codeOf(MvcResult result) throws Exception {
        String type = result.getResponse().getContentType();
        if (type != null && type.contains("json")) {
            String body = result.getResponse().getContentAsString();
            try {
                return JsonPath.read(body, "$.code");
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (result.getModelAndView() != null) {
            Object code = result.getModelAndView().getModel().get("errorCode");
            return code == null ? null : code.toString();
        }
        return null;
    }
}
