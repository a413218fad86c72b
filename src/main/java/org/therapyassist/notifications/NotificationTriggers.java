package org.therapyassist.notifications;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.therapyassist.delegation.DelegationOffered;
import org.therapyassist.referrals.ReferralDecided;
import org.therapyassist.sessions.EscalationRaised;

/**
 * Queues an e-mail for each event someone chose to hear about. The listeners run after the work commits, in their own
 * transaction: a failure here never undoes an escalation, a delegation or a triage decision. Spring Modulith's event
 * publication registry records each event with the work and marks it complete when the listener returns, so one lost
 * in a crash is published again at start-up; the outbox's unique key makes that second delivery queue nothing. Queuing
 * only writes a row, so the person who did the work never waits for a mail server: {@link NotificationJob} sends.
 */
@Component
class NotificationTriggers {

    private final NotificationSettings settings;
    private final NotificationOutbox outbox;
    private final Clock clock;

    NotificationTriggers(NotificationSettings settings, NotificationOutbox outbox, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EscalationRaised event) {
        toStaff(event.organisationId(), NoticeKind.ESCALATION_RAISED, event.escalationId(), event.raisedTo());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DelegationOffered event) {
        toStaff(event.organisationId(), NoticeKind.DELEGATION_OFFERED, event.delegationId(), event.workerId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReferralDecided event) {
        if (event.referrerEmail() != null && NotificationRules.isEmail(event.referrerEmail())) {
            outbox.queue(event.organisationId(), NoticeKind.REFERRAL_DECIDED, event.referralId(),
                    event.outcome().name(), null, event.referrerEmail(), clock.instant());
        }
    }

    private void toStaff(UUID organisationId, NoticeKind kind, UUID subjectId, UUID staffId) {
        NotificationSettings.Settings chosen = settings.of(organisationId, staffId);
        if (chosen.wants(kind)) {
            outbox.queue(organisationId, kind, subjectId, null, staffId, chosen.email(), clock.instant());
        }
    }
}
