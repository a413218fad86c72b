package org.therapyassist.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.WebApplicationContext;

/** Every MockMvc exchange with {@code /api/v1} in the integration tests is checked against the OpenAPI document. */
@TestConfiguration(proxyBeanMethods = false)
public class ApiDocumentChecking {

    @Bean
    ApiDocumentCheck apiDocumentCheck(WebApplicationContext context) {
        return new ApiDocumentCheck(context);
    }

    /** Registered with springdoc as a model converter, so it sees every schema the document is built from. */
    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    @Bean
    MockMvcBuilderCustomizer checkApiExchangesAgainstTheDocument(ApiDocumentCheck check) {
        return builder -> builder.alwaysExpect(check);
    }
}
