package org.therapyassist.platform;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in member of staff, as every module sees them; {@code stage} is null for anyone who is not a support
 * worker.
 */
public record CurrentUser(
        UUID staffId,
        UUID organisationId,
        UUID teamId,
        String username,
        String displayName,
        String jobTitle,
        int band,
        Stage stage,
        Set<Role> roles) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isRegistrant() {
        return has(Role.REGISTRANT);
    }

    public boolean isSupportWorker() {
        return has(Role.SUPPORT_WORKER);
    }

    /**
     * Whether this is the member of staff with this id; never true for a system, which has no staff id, nor for a null
     * id (a session with no leader is nobody's).
     */
    public boolean is(UUID staffId) {
        return this.staffId != null && this.staffId.equals(staffId);
    }

    /** Another system (the trust's EPR) calling with a bearer token for the organisation, not a member of staff. */
    public boolean isSystem() {
        return has(Role.SYSTEM);
    }

    /**
     * What a record made by a system names as its maker ({@code system:<client id>}, as the audit trail does), or
     * null for a member of staff, whose {@link #staffId} is recorded instead.
     */
    public String systemName() {
        return isSystem() ? username : null;
    }

    /** A support worker at this framework stage or above; registrants and administrators have no stage. */
    public boolean atStage(Stage minimum) {
        return stage != null && stage.isAtLeast(minimum);
    }

    /** The role that goes into the audit trail: the most senior one held. */
    public String auditRole() {
        for (Role r : new Role[]{Role.TEAM_LEAD, Role.REGISTRANT, Role.SUPPORT_WORKER, Role.ADMIN, Role.SYSTEM}) {
            if (has(r)) {
                return r.name();
            }
        }
        return "NONE";
    }
}
