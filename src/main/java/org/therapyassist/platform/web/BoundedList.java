package org.therapyassist.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that returns a whole list without paging, because the list is small and fixed by design
 * (the eight built-in measures, the task catalogue). The reason goes into the OpenAPI description; the test that
 * walks every list operation accepts only paged ones and these.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedList {

    /** Why the list cannot grow past a few hundred entries, in a sentence a client developer can check. */
    String value();
}
