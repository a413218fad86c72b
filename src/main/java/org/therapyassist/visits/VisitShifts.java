package org.therapyassist.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;
import org.therapyassist.visits.DayBoard.Board;
import org.therapyassist.visits.DayBoard.Shift;
/** Who works on a day: a worker's shift, break and base, and a worker going off during the day. */
@Service
public class VisitShifts {

    private final DayReader reader;
    private final VisitStore store;
    private final ShiftStore shiftStore;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    VisitShifts(DayReader reader, VisitStore store, StaffDirectory staff, AuditTrail audit, Clock clock,
            ShiftStore shiftStore) {
        this.shiftStore = shiftStore;
        this.reader = reader;
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** A worker goes off during the day (sick, say): their visits not yet started move to others when re-planned. */
    @Transactional
    public Board workerOff(CurrentUser user, UUID teamId, LocalDate day, UUID staffId) {
        Team team = reader.team(user, teamId);
        reader.requireNotPast(day);
        ShiftStore.ShiftRow shift = shiftStore.shift(user.organisationId(), staffId, day)
                .orElseThrow(() -> new NotFoundException("visits.no-shift", Messages.text("visits.refusal.no-shift")));
        if (shift.offFrom() != null) {
            throw new ConflictException("visits.already-off", Messages.text("visits.refusal.already-off"));
        }
        LocalTime from = day.equals(reader.today()) ? reader.now() : shift.startsAt();
        shiftStore.saveShift(user.organisationId(), new ShiftStore.ShiftRow(staffId, day, shift.startsAt(),
                shift.endsAt(), shift.breakFrom(), shift.breakTo(), shift.baseName(), shift.baseLatitude(),
                shift.baseLongitude(), from), user.staffId(), clock.instant());
        store.changed(teamId, day);
        audit.record(new AuditEntry(user, null, "visits.worker-off", "staff", staffId, day + " from " + from));
        return reader.board(user, reader.context(user, team, day, false));
    }

    /** Sets a worker's shift for a day (replacing any), or with {@code null} removes it. */
    @Transactional
    public Shift setShift(CurrentUser user, UUID teamId, UUID staffId, LocalDate day, Shift shift) {
        Team team = reader.team(user, teamId);
        reader.requireNotPast(day);
        StaffMember member = staff.find(user.organisationId(), staffId)
                .filter(m -> team.id().equals(m.teamId()) && m.stage().isPresent())
                .orElseThrow(() -> new NotFoundException("visits.not-a-team-worker",
                        Messages.text("visits.refusal.not-a-team-worker")));
        if (shift == null) {
            shiftStore.removeShift(user.organisationId(), staffId, day);
            audit.record(new AuditEntry(user, null, "visits.shift-removed", "staff", staffId, day.toString()));
            return null;
        }
        Map<String, String> errors = ShiftRules.check(shift);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        shiftStore.saveShift(user.organisationId(), new ShiftStore.ShiftRow(member.id(), day, shift.startsAt(),
                shift.endsAt(), shift.breakFrom(), shift.breakTo(), shift.baseName().strip(), shift.baseLatitude(),
                shift.baseLongitude(), null), user.staffId(), clock.instant());
        store.findDay(teamId, day).ifPresent(d -> store.changed(teamId, day));
        audit.record(new AuditEntry(user, null, "visits.shift-set", "staff", staffId,
                day + " " + shift.startsAt() + "-" + shift.endsAt()));
        return DayReader.shiftOf(shiftStore.shift(user.organisationId(), staffId, day).orElseThrow());
    }
}
