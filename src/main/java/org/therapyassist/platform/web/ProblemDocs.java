package org.therapyassist.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;

/**
 * How the OpenAPI document describes a failure: every 4xx is {@code application/problem+json} with the one
 * {@value #PROBLEM} schema that {@link ApiProblems} and the security entry point write. Other modules add their own
 * statuses (the policy module its 422 refusals) through {@link #add}.
 */
public final class ProblemDocs {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";

    static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "The request is not valid: `request.invalid` with a message per field in `errors`, "
                    + "`request.unreadable` when the body is not JSON of the expected shape, or the operation's own code."),
            Map.entry(401, "Not signed in, or the username or password is wrong or the account is locked "
                    + "(`auth.required`, `auth.failed`)."),
            Map.entry(403, "Not allowed for this person: the declared policy (`policy.not-permitted`), patient access "
                    + "(`access.*`) or the operation's own code."),
            Map.entry(404, "There is no such record in your organisation (for example `patient.not-found`)."),
            Map.entry(409,
                    "It clashes with the record as it now is: changed by someone else since it was read (send the "
                            + "latest `version`), already done, or no longer open. Reload and decide again."),
            Map.entry(413, "The upload is larger than the service accepts."),
            Map.entry(415, "The body is not of a type this operation takes: send it as its request body lists "
                    + "(`application/json`, or `multipart/form-data` for an upload)."),
            Map.entry(422, "A clinical-safety or business rule refused it, with a stable code (for example "
                    + "`policy.stage-too-low`, `policy.not-competent`, `policy.competency-expired`); nothing was saved."),
            Map.entry(429, "Too many failed sign-ins from this network address (`auth.too-many-attempts`); "
                    + "`Retry-After` says how many seconds to wait."));

    private ProblemDocs() {
    }

    /** Documents {@code status} on the operation as a problem response, unless it is already there. */
    public static void add(Operation operation, int status) {
        add(operation, status, DESCRIPTIONS.getOrDefault(status, "Refused."));
    }

    /** As {@link #add(Operation, int)}, with a description of the operation's own; it replaces a generic one. */
    public static void add(Operation operation, int status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse existing = operation.getResponses().get(String.valueOf(status));
        if (existing == null || existing.getContent() == null) {
            operation.getResponses().addApiResponse(String.valueOf(status), response(status, description));
        } else if (!description.equals(DESCRIPTIONS.get(status))) {
            existing.setDescription(description);
        }
    }

    /** Documents {@code status} if it is not there yet, and adds {@code sentence} to what it says either way. */
    public static void addWhy(Operation operation, int status, String sentence) {
        add(operation, status);
        ApiResponse response = operation.getResponses().get(String.valueOf(status));
        if (response.getDescription() == null || !response.getDescription().contains(sentence)) {
            response.setDescription(
                    response.getDescription() == null ? sentence : response.getDescription() + " " + sentence);
        }
    }

    static ApiResponse response(int status, String description) {
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status == 429) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema()));
        }
        return response;
    }
}
