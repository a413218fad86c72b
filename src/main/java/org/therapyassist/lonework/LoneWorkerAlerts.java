package org.therapyassist.lonework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Lone worker alerts: raised (a missed check-out by the job, "I need help" by the worker), escalated, read by the
 * people
 * they are addressed to in the inbox and the banner on every page, and acknowledged with one action. Every step is
 * audited. A recipient or any team lead of the organisation may read and acknowledge an alert; the worker may read
 * their
 * own.
 */
@Service
public class LoneWorkerAlerts {

    private static final Logger log = LoggerFactory.getLogger(LoneWorkerAlerts.class);

    private final AlertRows rows;
    private final Recipients recipients;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    LoneWorkerAlerts(AlertRows rows, Recipients recipients, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.recipients = recipients;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open alerts addressed to this person, "I need help" first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<LoneWorkerAlert> openFor(CurrentUser me, PageRequest page) {
        if (me.staffId() == null) {
            return Page.empty(page);
        }
        Page<AlertRows.Row> found = rows.openFor(me.organisationId(), me.staffId(), page);
        return named(me.organisationId(), found);
    }

    /** How many open alerts are addressed to this person (the banner on every page). */
    @Transactional(readOnly = true)
    public long openCount(CurrentUser me) {
        return me.staffId() == null ? 0 : rows.openCount(me.organisationId(), me.staffId());
    }

    @Transactional(readOnly = true)
    public LoneWorkerAlert get(CurrentUser me, UUID id) {
        AlertRows.Row row = readable(me, id);
        return named(me.organisationId(), row);
    }

    /**
     * Acknowledges the alert for everyone it is addressed to. A second acknowledgement (a double tap, or another lead a
     * moment later) changes nothing and answers the alert as the first left it.
     */
    @Transactional
    public LoneWorkerAlert acknowledge(CurrentUser me, UUID id) {
        AlertRows.Row row = readable(me, id);
        if (me.is(row.checkIn().workerId())) {
            throw new NotAllowedException("lonework.own-alert", Messages.text("lonework.refusal.own-alert"));
        }
        if (rows.acknowledge(id, me.staffId(), clock.instant())) {
            audit.record(new AuditEntry(me, null, "lonework.alert-acknowledged", "lone-worker-alert", id,
                    row.kind().name()));
        }
        return named(me.organisationId(), rows.find(me.organisationId(), id).orElseThrow());
    }

    /** Who may read an alert: a recipient, the worker it is about, or a team lead of the organisation. */
    private AlertRows.Row readable(CurrentUser me, UUID id) {
        AlertRows.Row row = rows.find(me.organisationId(), id).orElseThrow(() -> new NotFoundException(
                "lonework.alert-not-found", Messages.text("lonework.refusal.alert-not-found")));
        boolean allowed = me.has(Role.TEAM_LEAD) || me.is(row.checkIn().workerId())
                || (me.staffId() != null && rows.isRecipient(id, me.staffId()));
        if (!allowed) {
            throw new NotAllowedException("lonework.not-addressed", Messages.text("lonework.refusal.not-addressed"));
        }
        return row;
    }

    /**
     * Raises the missed check-out of this check-in, in the caller's transaction, unless it is raised already (by an
     * earlier run or another node): the alert's id when this call raised it.
     */
    Optional<UUID> raiseMissedCheckOut(CheckIn checkIn, Instant now) {
        UUID id = Ids.newId();
        Set<UUID> first = recipients.firstLevel(checkIn);
        // Nobody named to tell first (the worker published the day themselves): the leads are told at once.
        int level = first.isEmpty() ? LoneWorkRules.ESCALATED : LoneWorkRules.startingLevel(AlertKind.MISSED_CHECK_OUT);
        if (!rows.insert(id, checkIn, AlertKind.MISSED_CHECK_OUT, 1, level, now, null)) {
            return Optional.empty();
        }
        rows.address(id, checkIn.organisationId(), first.isEmpty() ? recipients.leads(checkIn) : first, level);
        audit.record(new AuditEntry(JobActor.of(checkIn.organisationId()), null, "lonework.missed-check-out",
                "lone-worker-alert", id, "visit " + checkIn.visitId() + ", worker " + checkIn.workerId()));
        log.warn("Lone worker alert {}: worker {} has not checked out of visit {}", id, checkIn.workerId(),
                checkIn.visitId());
        return Optional.of(id);
    }

    /**
     * "I need help": at level 2 at once, to the person who published the day and the team's leads. While one is open, a
     * second press answers the same alert.
     */
    UUID raiseHelp(CurrentUser worker, CheckIn checkIn, Instant now) {
        Optional<UUID> open = rows.openHelp(checkIn.id());
        if (open.isPresent()) {
            return open.get();
        }
        UUID id = Ids.newId();
        int round = rows.helpRounds(checkIn.id()) + 1;
        if (!rows.insert(id, checkIn, AlertKind.HELP, round, LoneWorkRules.startingLevel(AlertKind.HELP), now,
                worker.staffId())) {
            return rows.openHelp(checkIn.id()).orElseThrow();
        }
        rows.address(id, checkIn.organisationId(), recipients.firstLevel(checkIn), LoneWorkRules.FIRST_LEVEL);
        rows.address(id, checkIn.organisationId(), recipients.leads(checkIn), LoneWorkRules.ESCALATED);
        audit.record(new AuditEntry(worker, null, "lonework.help", "lone-worker-alert", id,
                "visit " + checkIn.visitId()));
        log.warn("Lone worker alert {}: help asked on visit {} by worker {}", id, checkIn.visitId(),
                checkIn.workerId());
        return id;
    }

    /**
     * Lifts an unacknowledged first-level alert to the team's leads, unless another run or node did: true when lifted.
     */
    boolean escalate(AlertRows.Row row, Instant now) {
        if (!rows.escalate(row.id(), now)) {
            return false;
        }
        rows.address(row.id(), row.organisationId(), recipients.leads(row.checkIn()), LoneWorkRules.ESCALATED);
        audit.record(new AuditEntry(JobActor.of(row.organisationId()), null, "lonework.alert-escalated",
                "lone-worker-alert", row.id(), row.kind().name()));
        log.warn("Lone worker alert {} escalated to the team's leads: not acknowledged", row.id());
        return true;
    }

    List<UUID> recipientsOf(UUID alertId) {
        return rows.recipients(alertId);
    }

    private Page<LoneWorkerAlert> named(UUID organisationId, Page<AlertRows.Row> found) {
        Set<UUID> people = new HashSet<>();
        found.items().forEach(r -> {
            people.add(r.checkIn().workerId());
            if (r.acknowledgedBy() != null) {
                people.add(r.acknowledgedBy());
            }
        });
        Map<UUID, StaffMember> byId = staff.byIds(organisationId, people);
        return found.map(r -> view(r, byId));
    }

    private LoneWorkerAlert named(UUID organisationId, AlertRows.Row row) {
        Set<UUID> people = new HashSet<>();
        people.add(row.checkIn().workerId());
        if (row.acknowledgedBy() != null) {
            people.add(row.acknowledgedBy());
        }
        return view(row, staff.byIds(organisationId, people));
    }

    private static LoneWorkerAlert view(AlertRows.Row r, Map<UUID, StaffMember> people) {
        CheckIn c = r.checkIn();
        StaffMember worker = people.get(c.workerId());
        StaffMember by = r.acknowledgedBy() == null ? null : people.get(r.acknowledgedBy());
        return new LoneWorkerAlert(r.id(), r.kind(), r.level(), r.raisedAt(), r.escalatedAt(), r.acknowledgedAt(),
                by == null ? null : by.displayName(), c.visitId(), c.visitDay(), c.workerId(),
                worker == null ? null : worker.displayName(), worker == null ? null : worker.phone(), c.address(),
                c.postcode(), c.taskName(), c.arrivedAt(), c.expectedOutAt(), c.leftAt());
    }
}
