package org.therapyassist.staff;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.web.Messages;

/**
 * Who may see and add to a person's development record (training, certificates, PDP, learning time). Mirrors the
 * staff page's rule for supervision: the person themselves and registered staff of the organisation (team leads are
 * registered); the support-worker lead is included because leading support workers' training is their job.
 */
@Component
public class StaffRecordAccess {

    private final StaffDirectory staff;

    StaffRecordAccess(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The rule itself is {@link Leads}, shared with induction, the gap analysis and the pages. */
    public boolean isLead(CurrentUser user) {
        return Leads.isLead(user);
    }

    public boolean canSee(CurrentUser user, StaffMember person) {
        return person.organisationId().equals(user.organisationId()) && DevelopmentRules.maySee(user, person.id());
    }

    /** Checks the person exists in the user's organisation and the user may see their record. */
    public StaffMember requireSee(CurrentUser user, UUID staffId) {
        StaffMember person = staff.require(user.organisationId(), staffId);
        if (!canSee(user, person)) {
            throw new NotAllowedException("workforce.record-not-yours",
                    Messages.text("staff.refusal.record-not-yours"));
        }
        return person;
    }

    public StaffMember requireLead(CurrentUser user, UUID staffId, String code, String message) {
        StaffMember person = staff.require(user.organisationId(), staffId);
        if (!isLead(user)) {
            throw new NotAllowedException(code, message);
        }
        return person;
    }
}
