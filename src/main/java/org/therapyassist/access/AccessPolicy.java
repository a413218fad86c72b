package org.therapyassist.access;

import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;

/**
 * The access rule as a pure function. Registrants and team leads may open any patient of their organisation
 * (every opening is still audited), and so may a system acting for the organisation with a bearer token; support
 * workers need a care relationship or an unexpired break-glass; an administrator has no clinical access.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public enum Decision { ALLOWED, ALLOWED_BY_BREAK_GLASS, NEEDS_BREAK_GLASS, DENIED }

    public static Decision decide(CurrentUser user, boolean careRelationship, boolean breakGlassActive) {
        if (user.isRegistrant() || user.has(Role.TEAM_LEAD) || user.has(Role.SYSTEM)) {
            return Decision.ALLOWED;
        }
        if (!user.isSupportWorker()) {
            return Decision.DENIED;
        }
        if (careRelationship) {
            return Decision.ALLOWED;
        }
        return breakGlassActive ? Decision.ALLOWED_BY_BREAK_GLASS : Decision.NEEDS_BREAK_GLASS;
    }
}
