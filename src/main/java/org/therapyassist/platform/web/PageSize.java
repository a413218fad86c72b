package org.therapyassist.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.therapyassist.platform.PageRequest;

/**
 * A page's own default page size for a {@link PageRequest} parameter (the patient record shows 20 at a time, say).
 * The maximum stays {@link PageRequest#MAX_SIZE}. API operations use the one default, {@link PageRequest#DEFAULT_SIZE}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

    int value();
}
