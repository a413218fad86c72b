package org.therapyassist.induction;

import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.Leads;
import org.therapyassist.staff.StaffMember;

/** Who may run inductions and sign off their items: pure rules, tested without a database. */
public final class InductionRules {

    public enum ItemKind { CARE_CERTIFICATE, LOCAL }

    private InductionRules() {
    }

    /** Inductions and rotations are run by a lead ({@link Leads}). */
    public static void requireLead(StaffMember person) {
        if (!Leads.isLead(person)) {
            throw new NotAllowedException("induction.lead-only",
                    Messages.text("induction.refusal.lead-only"));
        }
    }

    /** Only non-registered staff are named: registered staff can assess already. */
    public static void requireCanBeNamedAssessor(StaffMember candidate) {
        if (candidate.isRegistrant() || candidate.stage().isEmpty()) {
            throw new NotAllowedException("induction.assessor-not-support-staff",
                    Messages.text("induction.refusal.assessor-support-staff"));
        }
        // A competent assessor has done the work they judge: a new starter cannot assess another new starter.
        if (!candidate.stage().get().isAtLeast(Stage.SENIOR_SUPPORT_WORKER)) {
            throw new RefusedException("induction.assessor-stage", Messages.text("induction.refusal.assessor-stage",
                    candidate.displayName(),
                    candidate.stage().get().title().toLowerCase(LocaleContextHolder.getLocale())));
        }
    }

    /** Whether the sign-off button is offered: the same rule as {@link #requireSignOff}. */
    public static boolean maySignOff(StaffMember assessor, boolean namedAssessor, StaffMember newStarter,
            ItemKind kind) {
        try {
            requireSignOff(assessor, namedAssessor, newStarter, kind);
            return true;
        } catch (NotAllowedException e) {
            return false;
        }
    }

    /**
     * Registered staff sign off any item; a named Care Certificate assessor signs off Care Certificate standards; the
     * support-worker lead signs off local items; nobody signs off their own induction.
     */
    public static void requireSignOff(StaffMember assessor, boolean namedAssessor, StaffMember newStarter,
            ItemKind kind) {
        if (assessor.id().equals(newStarter.id())) {
            throw new NotAllowedException("induction.own-item", Messages.text("induction.refusal.own-item"));
        }
        if (assessor.isRegistrant()) {
            return;
        }
        if (kind == ItemKind.CARE_CERTIFICATE && !namedAssessor) {
            throw new NotAllowedException("induction.not-an-assessor",
                    Messages.text("induction.refusal.standards-assessor"));
        }
        if (kind == ItemKind.LOCAL && !namedAssessor && assessor.jobRole() != JobRole.SUPPORT_WORKER_LEAD) {
            throw new NotAllowedException("induction.not-an-assessor",
                    Messages.text("induction.refusal.local-assessor"));
        }
    }
}
