package org.therapyassist.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.competence.SignOffs;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.delegation.Worklists;
import org.therapyassist.delegation.Worklists.WorkPart;
import org.therapyassist.lonework.LoneWorkerAlert;
import org.therapyassist.lonework.LoneWorkerAlerts;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.sessions.Escalation;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

/**
 * Builds a registrant's inbox; escalations come first because they mean a worker has stopped and is waiting. Every
 * section is a page (its first items and how many there are in all), so an inbox never grows with its backlog; one
 * section can be read on its own, a page at a time.
 */
@Service
public class Inbox {

    /** The inbox's sections, in the order the page shows them. */
    public enum Section {
        LONE_WORKING, ESCALATIONS, LAPSED_COMPETENCY, SIGN_OFF_REQUESTS, DECLINED, AWAITING_COUNTERSIGN, REVIEWS_DUE, AWAITING_RESPONSE
    }

    private final Worklists worklists;
    private final SessionRecords records;
    private final Escalations escalations;
    private final PatientAccess access;
    private final SignOffs signOffs;
    private final LoneWorkerAlerts loneWorkerAlerts;
    private final MyDay myDay;

    Inbox(Worklists worklists, SessionRecords records, Escalations escalations, PatientAccess access,
            SignOffs signOffs, LoneWorkerAlerts loneWorkerAlerts, MyDay myDay) {
        this.myDay = myDay;
        this.signOffs = signOffs;
        this.loneWorkerAlerts = loneWorkerAlerts;
        this.worklists = worklists;
        this.records = records;
        this.escalations = escalations;
        this.access = access;
    }

    /** The sections read, each one page of it; a section not asked for is null. */
    @Schema(name = "Inbox")
    public record Contents(Page<Escalation> escalations, Page<DelegationView> declined,
            Page<SessionRecordView> awaitingCountersign, Page<DelegationView> reviewsDue,
            Page<DelegationView> awaitingResponse, Page<DelegationView> lapsedCompetency,
            Page<SignOffs.Request> signOffRequests, Page<LoneWorkerAlert> loneWorkerAlerts) {

        /** One section's page, whichever it is. */
        public Page<?> section(Section section) {
            return switch (section) {
                case LONE_WORKING -> loneWorkerAlerts;
                case ESCALATIONS -> escalations;
                case LAPSED_COMPETENCY -> lapsedCompetency;
                case SIGN_OFF_REQUESTS -> signOffRequests;
                case DECLINED -> declined;
                case AWAITING_COUNTERSIGN -> awaitingCountersign;
                case REVIEWS_DUE -> reviewsDue;
                case AWAITING_RESPONSE -> awaitingResponse;
            };
        }

        /** How many things wait for the registrant, in every section read (not only this page). */
        public long actionCount() {
            return Stream
                    .of(loneWorkerAlerts, escalations, declined, awaitingCountersign, reviewsDue, lapsedCompetency,
                            signOffRequests)
                    .filter(Objects::nonNull).mapToLong(Page::total).sum();
        }
    }

    /**
     * The numbers in the header: what waits in the inbox (every section that asks the registrant to act, as
     * {@link Contents#actionCount()}) and on My day (tasks offered to answer); lone worker alerts addressed to the
     * reader count in both, since either page shows them. Counting reads no patient's details, so it is not audited
     * as a view; asking often (the page asks every little while) costs a handful of counts.
     */
    @Schema(name = "HeaderCounts")
    public record Counts(long inbox, long myDay) {
    }

    /** Counting reads each section's total; one item is the least a page may ask for. */
    private static final PageRequest ONE = PageRequest.first(1);

    @Transactional(readOnly = true)
    public Counts countsFor(CurrentUser user) {
        long alerts = loneWorkerAlerts.openCount(user);
        long inbox = 0;
        if (user.isRegistrant()) {
            PageRequest one = ONE;
            Worklists.Worklist worklist = worklists.worklistOf(user.organisationId(), user.staffId(),
                    EnumSet.of(WorkPart.DECLINED, WorkPart.REVIEWS_DUE, WorkPart.LAPSED_COMPETENCY), one);
            inbox = alerts + escalations.openCountFor(user.organisationId(), user.staffId())
                    + worklist.declined().total() + worklist.reviewsDue().total()
                    + worklist.lapsedCompetency().total()
                    + records.awaitingCountersignBy(user.organisationId(), user.staffId(), one).total()
                    + signOffs.openRequests(user.organisationId(), user.teamId(), one).total();
        }
        long myDay = user.isSupportWorker() ? alerts + this.myDay.toAnswerCount(user) : 0;
        return new Counts(inbox, myDay);
    }

    /** Every section, each the same page of it. */
    @Transactional
    public Contents of(CurrentUser user, PageRequest page) {
        return of(user, EnumSet.allOf(Section.class), page);
    }

    /**
     * Only the sections asked for, each one page of it. Lone worker alerts are for whoever they are addressed to (a
     * named buddy or coordinator may not be registered), so anyone may read that section alone; the rest is a
     * registrant's.
     */
    @Transactional
    public Contents of(CurrentUser user, Set<Section> sections, PageRequest page) {
        Page<LoneWorkerAlert> alerts = sections.contains(Section.LONE_WORKING)
                ? loneWorkerAlerts.openFor(user, page)
                : null;
        if (!user.isRegistrant() && sections.equals(EnumSet.of(Section.LONE_WORKING))) {
            return new Contents(null, null, null, null, null, null, null, alerts);
        }
        if (!user.isRegistrant()) {
            throw new NotAllowedException("inbox.registrant-only", Messages.text("inbox.refusal.registrant-only"));
        }
        Page<Escalation> open = sections.contains(Section.ESCALATIONS)
                ? escalations.openFor(user.organisationId(), user.staffId(), page)
                : null;
        Set<WorkPart> parts = EnumSet.noneOf(WorkPart.class);
        sections.forEach(s -> {
            switch (s) {
                case DECLINED -> parts.add(WorkPart.DECLINED);
                case REVIEWS_DUE -> parts.add(WorkPart.REVIEWS_DUE);
                case AWAITING_RESPONSE -> parts.add(WorkPart.AWAITING_RESPONSE);
                case LAPSED_COMPETENCY -> parts.add(WorkPart.LAPSED_COMPETENCY);
                default -> {}
            }
        });
        Worklists.Worklist worklist = worklists.worklistOf(user.organisationId(), user.staffId(), parts, page);
        Page<SessionRecordView> countersign = sections.contains(Section.AWAITING_COUNTERSIGN)
                ? records.awaitingCountersignBy(user.organisationId(), user.staffId(), page)
                : null;
        // Only the patients shown on this page are audited as seen.
        List<UUID> shown = new ArrayList<>(worklist.patientIds());
        if (open != null) {
            open.items().forEach(e -> shown.add(e.patient().id()));
        }
        if (countersign != null) {
            countersign.items().forEach(r -> shown.add(r.patient().id()));
        }
        access.checkAll(user, shown, PatientAction.VIEW_WORKLIST);
        // Sign-off requests from the registrant's own team: the people they supervise and can observe.
        Page<SignOffs.Request> requests = sections.contains(Section.SIGN_OFF_REQUESTS)
                ? signOffs.openRequests(user.organisationId(), user.teamId(), page)
                : null;
        return new Contents(open, worklist.declined(), countersign, worklist.reviewsDue(), worklist.awaitingResponse(),
                worklist.lapsedCompetency(), requests, alerts);
    }
}
