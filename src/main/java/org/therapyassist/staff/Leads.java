package org.therapyassist.staff;

import java.util.Set;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;

/**
 * Who is a lead, the one rule for every module: a registered therapist (with a valid HCPC number; team leads are
 * registered), a team lead, or the support-worker lead (by job role, the policy's SUPPORT_WORKER_LEAD stage). Leads
 * run induction and rotations, see and add to others' development records (training, PDPs, learning time) and read
 * the gap analysis.
 */
public final class Leads {

    private Leads() {
    }

    public static boolean isLead(CurrentUser user) {
        return leads(user.isRegistrant(), user.roles(), user.stage());
    }

    public static boolean isLead(StaffMember person) {
        return leads(person.isRegistrant(), person.jobRole().roles(), person.stage().orElse(null));
    }

    /** Both kinds of person read their job role the same way: its roles and framework stage. */
    private static boolean leads(boolean registrant, Set<Role> roles, Stage stage) {
        return registrant || roles.contains(Role.TEAM_LEAD) || stage == Stage.SUPPORT_WORKER_LEAD;
    }
}
