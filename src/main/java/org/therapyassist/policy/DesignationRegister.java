package org.therapyassist.policy;

import org.therapyassist.platform.CurrentUser;

/**
 * A module that names people to a duty (equipment leads in equipment, Care Certificate assessors in workforce)
 * tells the guard who holds it.
 */
public interface DesignationRegister {

    Need.Who designation();

    boolean holds(CurrentUser user);
}
