package org.therapyassist.lonework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.lonework.VisitFacts.HomeVisit;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;

/**
 * A worker's "Arrived", "Left" and "I need help" on a visit of a published day they are assigned to. Each worker of a
 * double-up checks in for themselves. Arriving twice or leaving twice changes nothing (a double tap, a retry with no
 * signal); leaving before arriving is refused; every change is audited.
 */
@Service
public class CheckIns {

    /** A visit as the check page shows it, with this worker's check. */
    public record VisitAtHome(UUID visitId, LocalDate day, LocalTime start, LocalTime end,
            String taskName, String address, String postcode, VisitCheck check) {

        public Instant startsAt() {
            return day.atTime(start).atZone(Time.LONDON).toInstant();
        }

        public Instant endsAt() {
            return day.atTime(end).atZone(Time.LONDON).toInstant();
        }
    }

    private final VisitFacts visits;
    private final Buddies buddies;
    private final CheckInRows rows;
    private final AlertRows alerts;
    private final LoneWorkerAlerts alerting;
    private final AuditTrail audit;
    private final Clock clock;

    CheckIns(VisitFacts visits, Buddies buddies, CheckInRows rows, AlertRows alerts, LoneWorkerAlerts alerting,
            AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.buddies = buddies;
        this.rows = rows;
        this.alerts = alerts;
        this.alerting = alerting;
        this.audit = audit;
        this.clock = clock;
    }

    /** The visit and this worker's check on it, for the check page. */
    @Transactional(readOnly = true)
    public VisitAtHome visit(CurrentUser me, UUID visitId) {
        HomeVisit visit = assigned(me, visitId);
        return new VisitAtHome(visit.visitId(), visit.day(), visit.start(), visit.end(), visit.taskName(),
                visit.address(), visit.postcode(), check(me, visitId));
    }

    /** This worker's check on each of these visits (those never arrived at included), in one read, for My day. */
    @Transactional(readOnly = true)
    public Map<UUID, VisitCheck> checksOf(CurrentUser me, Collection<UUID> visitIds) {
        Map<UUID, VisitCheck> found = rows.ofWorker(me.organisationId(), me.staffId(), visitIds).stream()
                .collect(Collectors.toMap(CheckIn::visitId, c -> c.view(
                        alerts.anyOpenHelp(me.organisationId(), me.staffId(), c.visitId()))));
        Map<UUID, VisitCheck> all = new LinkedHashMap<>();
        visitIds.forEach(id -> all.put(id, found.getOrDefault(id, VisitCheck.notArrived(id, me.staffId()))));
        return all;
    }

    @Transactional(readOnly = true)
    public VisitCheck check(CurrentUser me, UUID visitId) {
        return rows.find(me.organisationId(), visitId, me.staffId())
                .map(c -> c.view(alerts.anyOpenHelp(me.organisationId(), me.staffId(), visitId)))
                .orElse(VisitCheck.notArrived(visitId, me.staffId()));
    }

    /**
     * "Arrived": fixes when the worker is expected out and who is told if they are not. Only on the visit's day; a
     * second tap answers the first arrival.
     */
    @Transactional
    public VisitCheck arrived(CurrentUser me, UUID visitId) {
        HomeVisit visit = assigned(me, visitId);
        arrive(me, visit, clock.instant());
        return check(me, visitId);
    }

    /** "Left": closes the check-in; a second tap changes nothing; before "Arrived", refused. */
    @Transactional
    public VisitCheck left(CurrentUser me, UUID visitId) {
        assigned(me, visitId);
        CheckIn checkIn = rows.find(me.organisationId(), visitId, me.staffId()).orElseThrow(CheckIn::notArrived);
        if (rows.leave(checkIn.id(), clock.instant())) {
            audit.record(new AuditEntry(me, checkIn.patientId(), "lonework.left", "lone-work-check-in", checkIn.id(),
                    "visit " + visitId));
        }
        return check(me, visitId);
    }

    /**
     * "I need help": alerts the person who published the day and the team's leads at once, with the visit's address and
     * the worker's name and phone. Pressed before "Arrived", it records the arrival too, so the visit is watched.
     */
    @Transactional
    public LoneWorkerAlert needHelp(CurrentUser me, UUID visitId) {
        HomeVisit visit = assigned(me, visitId);
        Instant now = clock.instant();
        CheckIn checkIn = arrive(me, visit, now);
        UUID alertId = alerting.raiseHelp(me, checkIn, now);
        return alerting.get(me, alertId);
    }

    private CheckIn arrive(CurrentUser me, HomeVisit visit, Instant now) {
        var existing = rows.find(me.organisationId(), visit.visitId(), me.staffId());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!visit.day().equals(Time.today(clock))) {
            throw new ConflictException("lonework.not-today",
                    Messages.text("lonework.refusal.not-today", Formats.day(visit.day())));
        }
        // Told first: the buddy the worker named for the day, else whoever published the day.
        UUID alertTo = buddies.buddyOf(me.organisationId(), me.staffId(), visit.day()).orElse(visit.publishedBy());
        CheckIn checkIn = new CheckIn(Ids.newId(), me.organisationId(), visit.visitId(), me.staffId(), visit.teamId(),
                visit.patientId(), visit.day(), visit.taskName(), visit.address(), visit.postcode(), alertTo, now,
                LoneWorkRules.expectedOut(visit.day(), visit.start(), visit.end(), now),
                null);
        if (rows.insert(checkIn)) {
            audit.record(new AuditEntry(me, visit.patientId(), "lonework.arrived", "lone-work-check-in", checkIn.id(),
                    "visit " + visit.visitId()));
            return checkIn;
        }
        return rows.find(me.organisationId(), visit.visitId(), me.staffId()).orElseThrow();
    }

    /** The visit, if it is on a published day and this worker is one of its workers. */
    private HomeVisit assigned(CurrentUser me, UUID visitId) {
        HomeVisit visit = visits.find(me.organisationId(), visitId).orElseThrow(() -> new NotFoundException(
                "lonework.visit-not-found", Messages.text("lonework.refusal.visit-not-found")));
        if (me.staffId() == null || !visit.workerIds().contains(me.staffId())) {
            throw new NotAllowedException("lonework.not-your-visit", Messages.text("lonework.refusal.not-your-visit"));
        }
        return visit;
    }
}
