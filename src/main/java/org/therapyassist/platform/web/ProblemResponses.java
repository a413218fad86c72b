package org.therapyassist.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json statuses an API operation can answer with beyond those the OpenAPI document gives every operation
 * (401, 403 and 429 always; 400 with a body or parameters; 404 with a path id; 415 with a JSON body; 413 for uploads):
 * typically 404 for an id in the body, 409 for a state or version conflict and 422 for a rule that refused it.
 * {@code OpenApiDocumentTest} fails when a status the code can reach is missing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProblemResponses {

    /** HTTP statuses, for example {@code {404, 409}}. */
    int[] value();
}
