package org.therapyassist.lonework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * A worker's named buddy for the day: the colleague told first when they do not check out (instead of the person who
 * published the day). Named by the worker for today; a visit keeps who was named when the worker arrived.
 */
@Service
public class Buddies {

    @Schema(name = "LoneWorkBuddy")
    public record Buddy(LocalDate day, @Schema(description = "Absent when no buddy is named for the day") UUID buddyId,
            @Schema(description = "Absent when no buddy is named for the day") String buddyName) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    Buddies(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today's buddy of this worker, if they named one. */
    @Transactional(readOnly = true)
    public Buddy today(CurrentUser me) {
        LocalDate day = Time.today(clock);
        return buddyOf(me.organisationId(), me.staffId(), day)
                .flatMap(id -> staff.find(me.organisationId(), id))
                .map(b -> new Buddy(day, b.id(), b.displayName())).orElse(new Buddy(day, null, null));
    }

    /** Names today's buddy: an enabled colleague of the organisation, not the worker themselves. */
    @Transactional
    public Buddy name(CurrentUser me, UUID buddyId) {
        StaffMember buddy = buddyId == null || buddyId.equals(me.staffId())
                ? null
                : staff.findEnabled(me.organisationId(), buddyId).orElse(null);
        if (buddy == null) {
            throw new InvalidInputException(Map.of("buddyId", Messages.text("lonework.buddy.invalid")));
        }
        LocalDate day = Time.today(clock);
        int changed = jdbc.sql("update lone_work_buddy set buddy_id = ?, named_at = ? "
                + "where organisation_id = ? and worker_id = ? and buddy_day = ?")
                .params(buddy.id(), Time.db(clock.instant()), me.organisationId(), me.staffId(), day).update();
        if (changed == 0) {
            jdbc.sql("insert into lone_work_buddy (organisation_id, worker_id, buddy_day, buddy_id, named_at) "
                    + "values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(me.organisationId(), me.staffId(), day, buddy.id(), Time.db(clock.instant())).update();
        }
        audit.record(new AuditEntry(me, null, "lonework.buddy-named", "staff-member", buddy.id(), day.toString()));
        return new Buddy(day, buddy.id(), buddy.displayName());
    }

    /** The colleagues a worker may pick from on a page: their own team, but for themselves. */
    @Transactional(readOnly = true)
    public List<StaffMember> choices(CurrentUser me) {
        return me.teamId() == null
                ? List.of()
                : staff.teamMembers(me.organisationId(), me.teamId()).stream().filter(s -> !me.is(s.id())).toList();
    }

    Optional<UUID> buddyOf(UUID organisationId, UUID workerId, LocalDate day) {
        return jdbc.sql(
                "select buddy_id from lone_work_buddy where organisation_id = ? and worker_id = ? and buddy_day = ?")
                .params(organisationId, workerId, day).query(UUID.class).optional();
    }
}
