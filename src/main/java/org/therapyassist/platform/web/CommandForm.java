package org.therapyassist.platform.web;

import java.util.List;

/**
 * A page form that becomes one or more of the commands the API takes as they are. Its commands are checked with their
 * own Bean Validation rules when the form is bound, so a rule is written once and the page and the API give the same
 * message for it.
 */
public interface CommandForm {

    /** The commands this form becomes; a value the page could not read is null in them. */
    List<?> commands();
}
