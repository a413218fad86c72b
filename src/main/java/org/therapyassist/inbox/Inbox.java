package org.therapyassist.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.sessions.Escalation;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.workforce.SignOffs;
import org.therapyassist.workforce.StaffDirectory;

/** Builds a registrant's inbox; escalations come first because they mean a worker has stopped and is waiting. */
@Service
public class Inbox {

    private final DelegationDesk delegations;
    private final SessionRecords records;
    private final Escalations escalations;
    private final PatientAccess access;
    private final SignOffs signOffs;
    private final StaffDirectory staff;

    Inbox(DelegationDesk delegations, SessionRecords records, Escalations escalations, PatientAccess access,
            SignOffs signOffs, StaffDirectory staff) {
        this.signOffs = signOffs;
        this.staff = staff;
        this.delegations = delegations;
        this.records = records;
        this.escalations = escalations;
        this.access = access;
    }

    @Schema(name = "Inbox")
    public record Contents(List<Escalation> escalations, List<DelegationView> declined,
            List<SessionRecordView> awaitingCountersign, List<DelegationView> reviewsDue,
            List<DelegationView> awaitingResponse, List<DelegationView> lapsedCompetency,
            List<SignOffs.Request> signOffRequests) {

        public int actionCount() {
            return escalations.size() + declined.size() + awaitingCountersign.size() + reviewsDue.size()
                    + lapsedCompetency.size() + signOffRequests.size();
        }
    }

    @Transactional
    public Contents of(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("inbox.registrant-only", "The inbox is for registered therapists.");
        }
        List<Escalation> open = escalations.openFor(user.organisationId(), user.staffId());
        DelegationDesk.Worklist worklist = delegations.worklistOf(user.organisationId(), user.staffId());
        List<SessionRecordView> countersign = records.awaitingCountersignBy(user.organisationId(), user.staffId());
        List<UUID> shown = new ArrayList<>(worklist.patientIds());
        open.forEach(e -> shown.add(e.patient().id()));
        countersign.forEach(r -> shown.add(r.patient().id()));
        access.checkAll(user, shown, PatientAction.VIEW_WORKLIST);
        // Sign-off requests from the registrant's own team: the people they supervise and can observe.
        List<SignOffs.Request> requests = signOffs.openRequests(user.organisationId()).stream()
                .filter(r -> user.teamId() == null || staff.find(user.organisationId(), r.staffId())
                        .map(s -> user.teamId().equals(s.teamId())).orElse(false))
                .toList();
        return new Contents(open, worklist.declined(), countersign, worklist.reviewsDue(), worklist.awaitingResponse(),
                worklist.lapsedCompetency(), requests);
    }
}
