package org.therapyassist.development.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.development.LearningTime;
import org.therapyassist.development.LearningTimeRules;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.Leads;

/**
 * What the reader of a PDP page may do there, for the page to offer; the same rules are enforced when they do it (the
 * policy, DevelopmentPlans, LearningTime).
 *
 * @param review
 *            record a PDP review: a lead, never on their own PDP, once there is an objective to review
 * @param agree
 *            agree the person's learning time: a lead, never their own
 */
record PdpActions(boolean review, boolean agree) {

    static PdpActions of(CurrentUser me, UUID staffId, boolean hasObjectives) {
        boolean lead = Leads.isLead(me) && !me.is(staffId);
        return new PdpActions(lead && hasObjectives, lead);
    }

    /**
     * A learning session with what can be done with it: a booked one can be cancelled, and marked taken once its day
     * has come.
     */
    record Session(LearningTime.Session session, boolean cancel, boolean markTaken) {

        static List<Session> of(List<LearningTime.Session> sessions, LocalDate today) {
            return sessions.stream().map(s -> {
                boolean booked = s.status() == LearningTimeRules.SessionStatus.BOOKED;
                return new Session(s, booked, booked && !s.sessionOn().isAfter(today));
            }).toList();
        }
    }
}
