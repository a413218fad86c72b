package org.therapyassist.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * For the sessions module: the delegation a session is being recorded against, checked to be recordable by this
 * worker (the one it was delegated to, or one a published home visit sends that day: {@link VisitCover}) and open; the
 * session date is counted towards what is due.
 */
@Service
public class SessionTargets {

    private final DelegationRepository repository;
    private final DelegationEquipment equipment;
    private final DelegationViews views;
    private final ObjectProvider<VisitCover> visitCover;
    private final Clock clock;

    SessionTargets(DelegationRepository repository, DelegationEquipment equipment, DelegationViews views,
            ObjectProvider<VisitCover> visitCover, Clock clock) {
        this.repository = repository;
        this.equipment = equipment;
        this.views = views;
        this.visitCover = visitCover;
        this.clock = clock;
    }

    @Transactional
    public DelegationView recordSessionAgainst(CurrentUser user, UUID delegationId, LocalDate performedOn) {
        Delegation d = repository.findForUpdate(user.organisationId(), delegationId)
                .orElseThrow(() -> new NotFoundException("delegation.not-found",
                        Messages.text("delegation.refusal.not-found")));
        d.requireRecordableBy(user.staffId(), performedOn, sentToDo(user, d.id(), d.workerId(), performedOn));
        equipment.requireReadyForVisit(user.organisationId(), d.id(), d.taskTypeCode(), Time.today(clock));
        repository.updateActivity(d, d.activityAfterSessionOn(performedOn));
        return views.of(user.organisationId(), List.of(d), Time.today(clock), false).getFirst();
    }

    /**
     * Whether this worker may do a delegation's session on the day: the worker it was delegated to, or one a published
     * home visit sends (the before-session checklist asks the same question as recording does).
     */
    @Transactional(readOnly = true)
    public boolean sentToDo(CurrentUser user, UUID delegationId, UUID delegatedWorkerId, LocalDate day) {
        return delegatedWorkerId.equals(user.staffId()) || visitCover.stream()
                .anyMatch(c -> c.covers(user.organisationId(), delegationId, user.staffId(), day));
    }
}
