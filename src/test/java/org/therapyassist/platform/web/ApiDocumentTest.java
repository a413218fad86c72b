package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

/** The parts of the OpenAPI document written by rules rather than read from the controllers. */
class ApiDocumentTest {

    @Test
    void aWriteThatTakesAnIdempotencyKeyDocumentsTheKeysRefusalsBesideItsOwn() {
        Operation write = new Operation()
                .addParametersItem(new HeaderParameter().name("Idempotency-Key").schema(new StringSchema()))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        ProblemDocs.add(write, 409, "The delegation was answered or withdrawn meanwhile.");
        Operation read = new Operation()
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/v1/x", new PathItem().post(write).get(read)));

        new ApiDocument().idempotencyKeyRefusals().customise(api);

        assertThat(write.getResponses()).containsKeys("400", "409", "422");
        assertThat(write.getResponses().get("409").getDescription())
                .startsWith("The delegation was answered or withdrawn meanwhile.").contains("`idempotency.in-flight`");
        assertThat(write.getResponses().get("422").getDescription()).contains("`idempotency.key-reused`");
        assertThat(write.getResponses().get("422").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(read.getResponses()).containsOnlyKeys("200");
    }
}
