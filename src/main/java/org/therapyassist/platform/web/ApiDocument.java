package org.therapyassist.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.IdentityProperties;

/**
 * The OpenAPI document at {@code /v3/api-docs}, as clients should read it: a bearer token (or, in the demo, HTTP
 * Basic) on every operation, the signed-in user never a parameter, and every failure an operation can give documented
 * as problem+json (the
 * statuses every operation shares here; an operation's own through {@link ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Bean
    OpenAPI therapyAssistApi(IdentityProperties identity) {
        // The current user comes from the signed-in principal (WebConfig), never from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A JWT from the trust's identity provider (usually client credentials), signed, "
                                + "for this service's audience, unexpired; its `org_code` names the organisation the "
                                + "system acts for. Scopes: `api.read` for GET, `api.write` for other methods (403 "
                                + "`auth.insufficient-scope` otherwise)." + (identity.apiTokens().enabled()
                                        ? ""
                                        : " Not configured on this service.")))
                .addSchemas(ProblemDocs.PROBLEM, problem())
                .addSchemas(ProblemDocs.FIELD_ERROR, fieldError());
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Therapy Assist API").version("v1").description("""
                        Safe delegation, therapy delivery, equipment and workforce development for AHP therapy teams.
                        Every call carries a bearer token from the trust's identity provider (and, in the demo only, \
                        may sign in with HTTP Basic instead). Failures are RFC 9457 problem+json with a stable \
                        `code`; bad input lists `errors` by field."""))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        if (identity.apiBasicAuth()) {
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Demo only: a Therapy Assist username and password; repeated failures from one "
                            + "address are throttled (429)."));
            api.addSecurityItem(new SecurityRequirement().addList(BASIC));
        }
        return api;
    }

    @Bean
    OperationCustomizer problemResponses() {
        return ApiDocument::document;
    }

    /**
     * A write that takes an {@code Idempotency-Key} (declared by the idempotency filter's own customizer) can also be
     * refused for the key: 400 for a bad key, 409 while the first request with it is running, 422 when it was used
     * for another request. Written over the finished document, whatever order the customizers ran in.
     */
    @Bean
    OpenApiCustomizer idempotencyKeyRefusals() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            boolean key = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
            if (key) {
                ProblemDocs.addWhy(operation, 400, "A malformed Idempotency-Key: `idempotency.key-invalid`.");
                ProblemDocs.addWhy(operation, 409, "The first request with this Idempotency-Key is still running: "
                        + "`idempotency.in-flight`.");
                ProblemDocs.addWhy(operation, 422, "This Idempotency-Key was used for a different request: "
                        + "`idempotency.key-reused`.");
            }
        }));
    }

    static Operation document(Operation operation, HandlerMethod handler) {
        operation.setOperationId(operationId(handler));
        // springdoc gives a 204 declared next to a 200 the 200's content; a 204 has none.
        if (operation.getResponses() != null && operation.getResponses().get("204") != null) {
            operation.getResponses().get("204").setContent(null);
        }
        // From the handler rather than the operation, so that parameters other customizers add count as well.
        boolean input = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> !p.getParameterType().equals(CurrentUser.class)
                        && !p.getParameterType().getName().startsWith("jakarta.servlet."));
        boolean body = operation.getRequestBody() != null;
        if (body || input) {
            ProblemDocs.add(operation, 400);
        }
        ProblemDocs.add(operation, 401);
        ProblemDocs.add(operation, 403);
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            ProblemDocs.add(operation, 404);
        }
        if (body) {
            // RequestSizeLimit refuses any body over the limit, whatever its type.
            ProblemDocs.add(operation, 413);
        }
        if (body && operation.getRequestBody().getContent() != null
                && !operation.getRequestBody().getContent().isEmpty()) {
            // A body of another type than the ones listed never reaches the handler: 415, for JSON and uploads alike.
            ProblemDocs.add(operation, 415);
        }
        ProblemDocs.add(operation, 429);
        ProblemResponses own = handler.getMethodAnnotation(ProblemResponses.class);
        if (own != null) {
            for (int status : own.value()) {
                ProblemDocs.add(operation, status);
            }
        }
        return operation;
    }

    /** Stable and readable for generated clients: {@code DelegationApi#accept} is {@code delegationAccept}. */
    static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("(Api|Controller|Downloads)$", "");
        return StringUtils.uncapitalize(controller) + StringUtils.capitalize(handler.getMethod().getName());
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details with a stable `code`. A refusal may add fields of its own, such "
                        + "as `competentColleagues` when a delegation is refused for competence.")
                .addProperty("type", new StringSchema().description("A URI naming the kind of problem"))
                .addProperty("title", new StringSchema().description("The HTTP status in words"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, in plain English"))
                .addProperty("instance", new StringSchema().description("The path of the request"))
                .addProperty("code",
                        new StringSchema().description("The stable code, for example `delegation.not-competent`"))
                .addProperty("errors", new ArraySchema().description("For bad input: a message per field")
                        .items(new Schema<>().$ref("#/components/schemas/" + ProblemDocs.FIELD_ERROR)))
                .required(List.of("type", "title", "status", "detail", "code"))
                .additionalProperties(true);
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as a path such as `alerts[0].kind`"))
                .addProperty("message", new StringSchema().description("What to put right, in plain English"))
                .required(List.of("field", "message"));
    }
}
