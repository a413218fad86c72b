package org.therapyassist.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a form field is called in a message about its value ({@code "{module.key}"} to take it from the bundles) ("Most
 * sets must be a whole number", "Date of the review
 * must be a real date"), where that is not its name in words ({@code painBefore} reads "Pain before" unaided).
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Label {

    String value();
}
