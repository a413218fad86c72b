package org.therapyassist.induction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.competence.CompetencySignOff;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Teams;

/**
 * Rotations of staff between teams: planned with a handover checklist, started by a lead (which moves the person to
 * the receiving team, audited) and completed when the next placement starts. Staff who rotate are "rotational".
 */
@Service
public class Rotations {

    /** A sign-off expiring within this many days shows as expiring to the receiving lead. */
    public static final int EXPIRING_WITHIN_DAYS = 60;

    public record NewRotation(UUID staffId, UUID toTeamId, LocalDate startsOn, LocalDate endsOn) {
    }

    /** Where someone works now, whether they rotate, and their next planned move. */
    @Schema(name = "StaffPlacement")
    public record Placement(UUID staffId, UUID teamId, String teamName, boolean rotational, Rotation current,
            Rotation next) {

        public String pattern() {
            return rotational ? "Rotational" : "Static";
        }
    }

    public enum Standing { IN_DATE, EXPIRING, EXPIRED }

    public record HeldCompetency(String code, String title, LocalDate expiresOn, Standing standing) {
    }

    @Schema(name = "RotationArrival")
    public record Arrival(Rotation rotation, List<HeldCompetency> competencies) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final RotationRecords records;
    private final CompetencyRegister competencies;
    private final AuditTrail audit;
    private final Teams teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rotations(JdbcClient jdbc, StaffDirectory staff, RotationRecords records, CompetencyRegister competencies,
            AuditTrail audit, Teams teams, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.teams = teams;
        this.events = events;
        this.jdbc = jdbc;
        this.staff = staff;
        this.competencies = competencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID plan(CurrentUser user, NewRotation command) {
        InductionRules.requireLead(staff.require(user.organisationId(), user.staffId()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.staffId() == null) {
            errors.put("staffId", Messages.text("induction.rotations.who.blank"));
        }
        if (command.toTeamId() == null) {
            errors.put("toTeamId", Messages.text("induction.rotations.to-team.blank"));
        }
        if (command.startsOn() == null) {
            errors.put("startsOn", Messages.text("induction.rotations.starts.blank"));
        } else if (command.startsOn().isBefore(Time.today(clock))) {
            errors.put("startsOn", Messages.text("induction.rotations.starts.past"));
        }
        if (command.endsOn() != null && command.startsOn() != null && !command.endsOn().isAfter(command.startsOn())) {
            errors.put("endsOn", Messages.text("induction.rotations.ends.before"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StaffMember mover = staff.find(user.organisationId(), command.staffId())
                .orElseThrow(() -> new InvalidInputException(
                        Map.of("staffId", Messages.text("induction.rotations.who.blank"))));
        boolean knownTeam = staff.teams(user.organisationId()).stream()
                .anyMatch(t -> t.id().equals(command.toTeamId()));
        if (!knownTeam) {
            throw new InvalidInputException(Map.of("toTeamId", Messages.text("induction.rotations.to-team.blank")));
        }
        // The move starts from where they will be then: after any placement already planned, else their team now.
        UUID from = latestPlanned(user.organisationId(), mover.id()).map(Rotation::toTeamId).orElse(mover.teamId());
        if (from == null) {
            throw new InvalidInputException(Map.of("staffId", Messages.text("induction.rotations.no-team")));
        }
        if (from.equals(command.toTeamId())) {
            throw new InvalidInputException(Map.of("toTeamId", Messages.text("induction.rotations.to-team.same")));
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into rotation (id, organisation_id, staff_id, from_team_id, to_team_id, starts_on, ends_on, status, "
                        + "created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, 0)")
                .params(id, user.organisationId(), mover.id(), from, command.toTeamId(), command.startsOn(),
                        command.endsOn(),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        int position = 0;
        for (String title : Rotation.DEFAULT_HANDOVER) {
            jdbc.sql(
                    "insert into rotation_handover_item (id, organisation_id, rotation_id, position, title) values (?, ?, ?, ?, ?)")
                    .params(Ids.newId(), user.organisationId(), id, ++position, title).update();
        }
        audit.record(new AuditEntry(user, null, "workforce.rotation-planned", "rotation", id,
                mover.displayName() + " from " + command.startsOn()));
        return id;
    }

    @Transactional
    public void tick(CurrentUser user, UUID rotationId, UUID itemId) {
        InductionRules.requireLead(staff.require(user.organisationId(), user.staffId()));
        Rotation rotation = require(user.organisationId(), rotationId);
        if (rotation.handover().stream().noneMatch(h -> h.id().equals(itemId))) {
            throw new NotFoundException("rotation.item-not-found", Messages.text("induction.refusal.no-handover-item"));
        }
        int rows = jdbc.sql("update rotation_handover_item set ticked_by = ?, ticked_at = ? "
                + "where organisation_id = ? and rotation_id = ? and id = ? and ticked_at is null")
                .params(user.staffId(), Time.db(clock.instant()), user.organisationId(), rotationId, itemId).update();
        if (rows != 1) {
            throw new ConflictException("rotation.already-ticked", Messages.text("induction.refusal.already-ticked"));
        }
        audit.record(
                new AuditEntry(user, null, "workforce.rotation-handover", "rotation", rotationId, itemId.toString()));
    }

    /** Starts the placement: the person moves to the receiving team; their previous placement is completed. */
    @Transactional
    public void start(CurrentUser user, UUID rotationId) {
        InductionRules.requireLead(staff.require(user.organisationId(), user.staffId()));
        Rotation rotation = require(user.organisationId(), rotationId);
        rotation.requireStartable();
        int rows = jdbc.sql(
                "update rotation set status = 'IN_PROGRESS', started_by = ?, started_at = ?, version = version + 1 "
                        + "where organisation_id = ? and id = ? and status = 'PLANNED' and version = ?")
                .params(user.staffId(), Time.db(clock.instant()), user.organisationId(), rotationId, rotation.version())
                .update();
        if (rows != 1) {
            throw new ConflictException("rotation.not-planned", Messages.text("induction.refusal.placement-started"));
        }
        jdbc.sql(
                "update rotation set status = 'COMPLETED', version = version + 1 where organisation_id = ? and staff_id = ? "
                        + "and status = 'IN_PROGRESS' and id <> ?")
                .params(user.organisationId(), rotation.staffId(), rotationId).update();
        teams.move(user.organisationId(), rotation.staffId(), rotation.toTeamId());
        // The old team's leads no longer hear about this person; the new team's leads do from the next daily run.
        events.publishEvent(
                new RotationStarted(user.organisationId(), rotationId, rotation.staffId(), rotation.toTeamId(),
                        rotation.toTeamName(), user.staffId()));
        audit.record(new AuditEntry(user, null, "workforce.rotation-started", "rotation", rotationId,
                rotation.staffName() + " moved from " + rotation.fromTeamName() + " to " + rotation.toTeamName()));
    }

    @Transactional(readOnly = true)
    public Rotation require(UUID organisationId, UUID rotationId) {
        return records.list("r.organisation_id = ? and r.id = ?", organisationId, rotationId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("rotation.not-found",
                        Messages.text("induction.refusal.no-rotation")));
    }

    /** Planned and in-progress placements first, by start date; then completed ones. */
    @Transactional(readOnly = true)
    public Page<Rotation> all(UUID organisationId, PageRequest page) {
        return records.page(page, "r.organisation_id = ?",
                "case when r.status = 'COMPLETED' then 1 else 0 end, r.starts_on, r.id", organisationId);
    }

    /** Planned moves into the team, with what each person holds: in date, expiring within 60 days, or expired. */
    @Transactional(readOnly = true)
    public Page<Arrival> arrivals(UUID organisationId, UUID teamId, LocalDate today, PageRequest page) {
        return records.page(page, "r.organisation_id = ? and r.to_team_id = ? and r.status = 'PLANNED'",
                "r.starts_on, r.id", organisationId, teamId)
                .map(r -> new Arrival(r, held(organisationId, r.staffId(), today)));
    }

    public boolean isRotational(UUID organisationId, UUID staffId) {
        return jdbc.sql("select count(*) from rotation where organisation_id = ? and staff_id = ?")
                .params(organisationId, staffId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Placement placementOf(UUID organisationId, UUID staffId) {
        StaffMember person = staff.require(organisationId, staffId);
        List<Rotation> mine = records.list("r.organisation_id = ? and r.staff_id = ? order by r.starts_on",
                organisationId, staffId);
        Rotation current = mine.stream().filter(r -> r.status() == Rotation.Status.IN_PROGRESS).findFirst()
                .orElse(null);
        Rotation next = mine.stream().filter(r -> r.status() == Rotation.Status.PLANNED).findFirst().orElse(null);
        return new Placement(staffId, person.teamId(), person.teamName(), !mine.isEmpty(), current, next);
    }

    private List<HeldCompetency> held(UUID organisationId, UUID staffId, LocalDate today) {
        Map<String, HeldCompetency> latest = new LinkedHashMap<>();
        // signOffsOf orders each competency's sign-offs by expiry, latest first: the first unrevoked one counts.
        for (CompetencySignOff s : competencies.signOffsOf(organisationId, staffId)) {
            if (s.revoked() || latest.containsKey(s.competencyCode())) {
                continue;
            }
            Standing standing = s.expiresOn().isBefore(today)
                    ? Standing.EXPIRED
                    : s.expiresOn().isBefore(today.plusDays(EXPIRING_WITHIN_DAYS))
                            ? Standing.EXPIRING
                            : Standing.IN_DATE;
            latest.put(s.competencyCode(),
                    new HeldCompetency(s.competencyCode(), s.competencyTitle(), s.expiresOn(), standing));
        }
        return new ArrayList<>(latest.values());
    }

    private Optional<Rotation> latestPlanned(UUID organisationId, UUID staffId) {
        List<Rotation> planned = records.list(
                " r.organisation_id = ? and r.staff_id = ? and r.status = 'PLANNED' "
                        + "order by r.starts_on desc",
                organisationId, staffId);
        return planned.stream().findFirst();
    }
}
