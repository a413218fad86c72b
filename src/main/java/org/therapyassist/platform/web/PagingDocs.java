package org.therapyassist.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.therapyassist.platform.PageRequest;

/**
 * The paging convention in the OpenAPI document, written once: every operation that takes a {@link PageRequest}
 * gets the {@code page} and {@code size} query parameters and the {@code Link} and {@code X-Total-Count} headers on
 * its 200 response; an operation marked {@link BoundedList} says why it is not paged.
 */
@Configuration(proxyBeanMethods = false)
class PagingDocs {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    @Bean
    OperationCustomizer pagingParameters() {
        return (operation, handler) -> {
            if (takesPageRequest(handler)) {
                document(operation);
            }
            BoundedList bounded = handler.getMethodAnnotation(BoundedList.class);
            if (bounded != null) {
                String note = "Not paged: " + bounded.value();
                operation.setDescription(
                        operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
            }
            return operation;
        };
    }

    private static boolean takesPageRequest(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.getParameterType().equals(PageRequest.class));
    }

    private static void document(Operation operation) {
        operation.addParametersItem(new Parameter().in("query").name("page").required(false)
                .description("Which page, counting from 0. Out of range or not a whole number: 400.")
                .schema(new IntegerSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(PageRequest.MAX_PAGE))
                        ._default(0)));
        operation.addParametersItem(new Parameter().in("query").name("size").required(false)
                .description("How many to a page, at most " + PageRequest.MAX_SIZE + ". More, fewer than 1 or not a "
                        + "whole number: 400.")
                .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                        ._default(PageRequest.DEFAULT_SIZE)));
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (ok != null) {
            ok.addHeaderObject("Link", new Header().schema(new StringSchema()).description(
                    "RFC 8288 links to the first, previous, next and last pages (rel=\"first\", \"prev\", \"next\", "
                            + "\"last\"), as relative references; no rel=\"next\" on the last page."));
            ok.addHeaderObject(PagedResponses.TOTAL_COUNT, new Header().schema(new IntegerSchema())
                    .description("How many items the whole list holds."));
        }
        String note = "Paged: page (from 0) and size (default " + PageRequest.DEFAULT_SIZE + ", at most "
                + PageRequest.MAX_SIZE + "); the Link header leads to the next page.";
        operation
                .setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
    }
}
