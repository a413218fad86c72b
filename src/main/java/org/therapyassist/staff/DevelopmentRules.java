package org.therapyassist.staff;

import java.util.UUID;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.web.Messages;

/**
 * Who may see and act on a person's development record. It is personal: the person, the registered staff who
 * supervise and assess them, team leads, and band 5 support-worker leads; not colleagues at the same level.
 */
public final class DevelopmentRules {

    private DevelopmentRules() {
    }

    /** The person themselves or a lead ({@link Leads}). */
    public static boolean maySee(CurrentUser viewer, UUID staffId) {
        return viewer.is(staffId) || Leads.isLead(viewer);
    }

    public static void requireSee(CurrentUser viewer, UUID staffId) {
        if (!maySee(viewer, staffId)) {
            throw new NotAllowedException("development.not-yours",
                    Messages.text("staff.refusal.development-not-yours"));
        }
    }

    /** Self-assessment is the person's own view of their competence; nobody rates it for them. */
    public static void requireSelf(CurrentUser viewer, UUID staffId) {
        if (!viewer.is(staffId)) {
            throw new NotAllowedException("development.self-assessment-only-by-self",
                    Messages.text("staff.refusal.self-assessment-only-by-self"));
        }
    }
}
