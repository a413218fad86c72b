package org.therapyassist.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the command a controller method performs. Every page form post and every API write carries one; the guard
 * checks the command's {@link Need} before the method runs, and a write without one is refused.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Performs {

    Command value();
}
