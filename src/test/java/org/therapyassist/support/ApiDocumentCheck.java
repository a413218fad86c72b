package org.therapyassist.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks every {@code /api/v1} exchange a test makes through MockMvc against the application's own OpenAPI document
 * (springdoc's {@code /v3/api-docs}, read once from the running context), so the document cannot drift from what the
 * API really does.
 *
 * <ul>
 * <li>The response must always be documented: its status for that operation, its content type, and a body that
 * matches the schema (no field the document does not name, no value outside an enum).</li>
 * <li>The request must match the document whenever the server accepted it (2xx or 3xx): a body the document calls
 * invalid but the server takes means one of them is wrong. Tests that send bad input on purpose get a 4xx, and
 * then only the response is held to the document.</li>
 * <li>Who is signed in is not checked here: tests sign in with a mock principal as often as with HTTP Basic.</li>
 * </ul>
 */
public final class ApiDocumentCheck implements ResultMatcher {

    private static final ThreadLocal<Boolean> SKIPPED = ThreadLocal.withInitial(() -> false);

    private final WebApplicationContext context;
    private volatile OpenApiInteractionValidator validator;

    ApiDocumentCheck(WebApplicationContext context) {
        this.context = context;
    }

    /** Runs {@code exchanges} without the check: only for requests that are deliberately outside any contract. */
    public static void skipping(ThrowingRunnable exchanges) throws Exception {
        SKIPPED.set(true);
        try {
            exchanges.run();
        } finally {
            SKIPPED.set(false);
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public void match(MvcResult result) throws Exception {
        String path = result.getRequest().getRequestURI();
        if (!path.startsWith("/api/v1/") || SKIPPED.get()) {
            return;
        }
        ValidationReport report = validator().validate(MockMvcRequest.of(result.getRequest()),
                MockMvcResponse.of(result.getResponse()));
        int status = result.getResponse().getStatus();
        boolean accepted = status < 400;
        List<ValidationReport.Message> wrong = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !csrfParameter(m))
                .filter(m -> m.getKey().startsWith("validation.response.") || accepted
                        || (unknownOperation(m) && status != 404 && status != 405))
                .toList();
        if (!wrong.isEmpty()) {
            StringBuilder text = new StringBuilder("The exchange does not match the OpenAPI document: ")
                    .append(result.getRequest().getMethod()).append(' ').append(path).append(" -> ").append(status);
            wrong.forEach(m -> text.append("\n  - ").append(m.getKey()).append(": ").append(m.getMessage())
                    .append(m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()));
            String body = result.getResponse().getContentAsString();
            text.append("\n  response: ").append(body.length() > 600 ? body.substring(0, 600) + "…" : body);
            throw new AssertionError(text.toString());
        }
    }

    /** Spring Security's test support sends the CSRF token as a parameter; the API itself takes none. */
    private static boolean csrfParameter(ValidationReport.Message m) {
        return m.getKey().equals("validation.request.parameter.query.unexpected") && m.getMessage().contains("'_csrf'");
    }

    /** A path or method the document does not know (fine only when the application says so too: 404 or 405). */
    private static boolean unknownOperation(ValidationReport.Message m) {
        return m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed");
    }

    private OpenApiInteractionValidator validator() throws Exception {
        OpenApiInteractionValidator found = validator;
        if (found == null) {
            synchronized (this) {
                if (validator == null) {
                    MockMvc plain = MockMvcBuilders.webAppContextSetup(context).build();
                    String document = plain.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .withLevelResolver(LevelResolver.create()
                                    .withDefaultLevel(ValidationReport.Level.ERROR)
                                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
                found = validator;
            }
        }
        return found;
    }
}
