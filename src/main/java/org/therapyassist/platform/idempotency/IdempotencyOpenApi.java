package org.therapyassist.platform.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Every API write (POST, PUT, PATCH) says in the OpenAPI document that it takes an Idempotency-Key. */
@Configuration(proxyBeanMethods = false)
class IdempotencyOpenApi {

    static final String DESCRIPTION = "Optional. A key of your choosing (1 to 255 printable characters, for example a "
            + "UUID) that makes this write safe to retry (IETF draft \"The Idempotency-Key HTTP Header Field\"). The same "
            + "key with the same request within 24 hours gets the first answer again, with `Idempotency-Replayed: true`, "
            + "and does nothing twice; the same key with a different request is refused with 422 "
            + "`idempotency.key-reused`; while the first request is still running, 409 `idempotency.in-flight`. A bad key "
            + "is 400 `idempotency.key-invalid`. Server errors (5xx) are not kept, so a retry with the key may succeed.";

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                    RequestMapping.class);
            boolean write = mapping != null && Arrays.stream(mapping.method())
                    .anyMatch(m -> m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH);
            boolean already = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()));
            if (write && !already) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .description(DESCRIPTION)
                        .schema(new StringSchema().minLength(1).maxLength(IdempotencyRules.MAX_KEY_LENGTH)));
            }
            return operation;
        };
    }
}
