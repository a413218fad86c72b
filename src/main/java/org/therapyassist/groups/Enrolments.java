package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Enrolment from a patient's open episode. The class row is locked while a place is decided and the database
 * refuses an enrolled count above capacity, so however many people enrol at once a class is never over-booked: the
 * next person goes on an ordered waiting list, and when someone withdraws the person waiting longest moves up.
 */
@Service
public class Enrolments {

    public enum Status { ENROLLED, WAITING, WITHDRAWN }

    @Schema(name = "GroupEnrolment")
    public record Enrolment(UUID id, UUID classId, String className, UUID patientId, String patientName,
            String nhsNumber,
            UUID episodeId, Status status, Integer waitingPosition, Instant requestedAt, Instant enrolledAt,
            Instant withdrawnAt, String withdrawReason, int version) {
    }

    /** What happened on a withdrawal: who left, and who (if anyone) moved up from the waiting list. */
    @Schema(name = "GroupWithdrawal")
    public record Withdrawal(Enrolment withdrawn, Optional<Enrolment> movedUp) {
    }

    /** An open episode of the class's team whose patient is not yet enrolled or waiting. */
    public record Candidate(UUID episodeId, UUID patientId, String patientName, String nhsNumber, String referralReason,
            LocalDate openedOn) {
    }

    private final JdbcClient jdbc;
    private final CarePlans carePlans;
    private final EnrolmentQueries queries;
    private final EnrolmentCandidates candidates;
    private final PatientAccess access;
    private final Clock clock;

    Enrolments(JdbcClient jdbc, CarePlans carePlans, EnrolmentQueries queries, EnrolmentCandidates candidates,
            PatientAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.carePlans = carePlans;
        this.queries = queries;
        this.candidates = candidates;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Enrolment enrol(CurrentUser user, UUID classId, UUID episodeId) {
        requireRegistrant(user);
        if (episodeId == null) {
            throw new InvalidInputException(Map.of("episodeId", Messages.text("groups.field.episode.choose")));
        }
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        if (!episode.isOpen()) {
            throw new ConflictException("episode.closed",
                    Messages.text("groups.refusal.episode-closed"));
        }
        // The lock: every enrolment and withdrawal for this class queues here, in both H2 and PostgreSQL.
        jdbc.sql("select capacity from group_class where organisation_id = ? and id = ? and active = true for update")
                .params(user.organisationId(), classId).query(Integer.class).optional()
                .orElseThrow(() -> new NotFoundException("group.class-not-found",
                        Messages.text("groups.refusal.class-not-found")));
        UUID id = Ids.newId();
        access.check(user, episode.patientId(), PatientAction.ENROL_IN_GROUP, id);
        Optional<Enrolment> existing = queries.inClass(classId, episode.patientId());
        if (existing.isPresent() && existing.get().status() != Status.WITHDRAWN) {
            throw new ConflictException("group.already-enrolled",
                    Messages.text(existing.get().status() == Status.ENROLLED
                            ? "groups.refusal.already-enrolled"
                            : "groups.refusal.already-waiting",
                            queries.named(user.organisationId(), List.of(existing.get())).getFirst().patientName()));
        }
        // The conditional update takes a place only while one is free; the check constraint backs it up.
        boolean placed = jdbc.sql(
                "update group_class set enrolled_count = enrolled_count + 1 where id = ? and enrolled_count < capacity")
                .param(classId).update() == 1;
        GroupRules.Placement placement = placed ? GroupRules.Placement.ENROLLED : GroupRules.Placement.WAITING;
        Integer position = null;
        if (placement == GroupRules.Placement.WAITING) {
            position = GroupRules
                    .nextWaitingPosition(jdbc.sql("select waiting_position from group_enrolment where class_id = ? "
                            + "and waiting_position is not null").param(classId).query(Integer.class).list());
        }
        var now = Time.db(clock.instant());
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql(
                    "update group_enrolment set status = ?, waiting_position = ?, episode_id = ?, requested_at = ?, enrolled_at = ?, "
                            + "withdrawn_at = null, withdraw_reason = null, enrolled_by = ?, version = version + 1 where id = ?")
                    .params(placement.name(), position, episodeId, now, placed ? now : null, user.staffId(), id)
                    .update();
        } else {
            jdbc.sql(
                    "insert into group_enrolment (id, organisation_id, class_id, patient_id, episode_id, status, waiting_position, "
                            + "requested_at, enrolled_at, enrolled_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, user.organisationId(), classId, episode.patientId(), episodeId, placement.name(),
                            position,
                            now, placed ? now : null, user.staffId())
                    .update();
        }
        return require(user.organisationId(), id);
    }

    /**
     * Withdraws someone enrolled or waiting; a freed place goes to the person waiting longest, in the same transaction.
     */
    @Transactional
    public Withdrawal withdraw(CurrentUser user, UUID enrolmentId, String reason, int version) {
        requireRegistrant(user);
        Enrolment enrolment = require(user.organisationId(), enrolmentId);
        if (Text.blankToNull(reason) == null || reason.strip().length() > 500) {
            throw new InvalidInputException(
                    Map.of("reason", Messages.text("groups.field.withdraw-reason")));
        }
        jdbc.sql("select id from group_class where id = ? for update").param(enrolment.classId()).query(UUID.class)
                .single();
        access.check(user, enrolment.patientId(), PatientAction.WITHDRAW_FROM_GROUP, enrolmentId);
        var now = Time.db(clock.instant());
        int updated = jdbc
                .sql("update group_enrolment set status = 'WITHDRAWN', waiting_position = null, withdrawn_at = ?, "
                        + "withdraw_reason = ?, version = version + 1 where id = ? and version = ? and status <> 'WITHDRAWN'")
                .params(now, reason.strip(), enrolmentId, version).update();
        if (updated == 0) {
            throw new ConflictException("group.enrolment-changed",
                    Messages.text("groups.refusal.enrolment-changed"));
        }
        Optional<Enrolment> movedUp = Optional.empty();
        if (enrolment.status() == Status.ENROLLED) {
            jdbc.sql("update group_class set enrolled_count = enrolled_count - 1 where id = ?")
                    .param(enrolment.classId()).update();
            Map<UUID, Integer> waiting = new HashMap<>();
            jdbc.sql("select id, waiting_position from group_enrolment where class_id = ? and status = 'WAITING'")
                    .param(enrolment.classId())
                    .query(rs -> {
                        waiting.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    });
            Optional<UUID> next = GroupRules.nextOffered(waiting);
            if (next.isPresent()) {
                Enrolment offered = require(user.organisationId(), next.get());
                access.check(user, offered.patientId(), PatientAction.ENROL_IN_GROUP, offered.id());
                jdbc.sql(
                        "update group_class set enrolled_count = enrolled_count + 1 where id = ? and enrolled_count < capacity")
                        .param(enrolment.classId()).update();
                jdbc.sql("update group_enrolment set status = 'ENROLLED', waiting_position = null, enrolled_at = ?, "
                        + "version = version + 1 where id = ?")
                        .params(now, offered.id()).update();
                movedUp = Optional.of(require(user.organisationId(), offered.id()));
            }
        }
        return new Withdrawal(require(user.organisationId(), enrolmentId), movedUp);
    }

    @Transactional(readOnly = true)
    public Enrolment require(UUID organisationId, UUID enrolmentId) {
        return queries.find(organisationId, enrolmentId)
                .orElseThrow(() -> new NotFoundException("group.enrolment-not-found",
                        Messages.text("groups.refusal.enrolment-not-found")));
    }

    /**
     * A class's enrolled patients by name, or its waiting list in order, a page at a time; the patients shown are
     * audited as seen. The enrolled are at most the class's capacity, so they are read whole and put in name order
     * here;
     * the waiting list is read a page at a time by position.
     */
    @Transactional
    public Page<Enrolment> ofClass(CurrentUser user, UUID classId, Status status, PageRequest page) {
        Page<Enrolment> found = switch (status) {
            case ENROLLED -> page.slice(queries.enrolledByName(user.organisationId(), classId));
            case WAITING -> queries.waiting(user.organisationId(), classId, page);
            case WITHDRAWN -> throw new IllegalArgumentException("A class lists who is enrolled or waiting");
        };
        access.checkAll(user, found.items().stream().map(Enrolment::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return queries.named(user.organisationId(), found);
    }

    /** Everyone enrolled (by name), then the waiting list in order, a page at a time; audited as seen. */
    @Transactional
    public Page<Enrolment> ofClass(CurrentUser user, UUID classId, PageRequest page) {
        UUID organisationId = user.organisationId();
        List<Enrolment> enrolled = queries.enrolledByName(organisationId, classId);
        long waiting = queries.waitingCount(organisationId, classId);
        Page<Enrolment> found = page.of(enrolled.size() + waiting, () -> {
            List<Enrolment> items = new ArrayList<>(page.slice(enrolled).items());
            if (items.size() < page.size()) {
                items.addAll(queries.waiting(organisationId, classId, page.size() - items.size(),
                        Math.max(0, page.offset() - enrolled.size())));
            }
            return items;
        });
        access.checkAll(user, found.items().stream().map(Enrolment::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return queries.named(organisationId, found);
    }

    /** Open episodes of the class's team whose patients the user may see and who are not enrolled or waiting. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser user, UUID classId, UUID teamId) {
        return candidates.of(user, classId, teamId);
    }

    /** A patient's enrolments, newest first, a page at a time. */
    public Page<Enrolment> ofPatient(UUID organisationId, UUID patientId, PageRequest page) {
        return queries.ofPatient(organisationId, patientId, page);
    }

    static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("group.registrant-only",
                    Messages.text("groups.refusal.enrol-registrant-only"));
        }
    }
}
