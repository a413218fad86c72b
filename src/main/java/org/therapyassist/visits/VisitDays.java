package org.therapyassist.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;
import org.therapyassist.visits.DayBoard.Board;
import org.therapyassist.visits.DayReader.Context;

/**
 * A team's day of home visits: made from the delegations due that day, planned by {@link VisitPlanner}, adjusted by
 * the lead on the board (a move is checked with the same {@link PlanRules} as the solver's plan, and pinned), and
 * published to the workers. The working copy and the published copy are kept apart, so workers see only what was
 * published and a lead's half-made changes never reach a phone. Every patient shown is access-checked and audited.
 */
@Service
public class VisitDays {

    private final DayReader reader;
    private final VisitStore store;
    private final StaffDirectory staff;
    private final VisitPlanner planner;
    private final TravelTimes travel;
    private final CareRelationships relationships;
    private final AuditTrail audit;
    private final Clock clock;

    VisitDays(DayReader reader, VisitStore store, StaffDirectory staff, VisitPlanner planner, TravelTimes travel,
            CareRelationships relationships, AuditTrail audit, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.staff = staff;
        this.planner = planner;
        this.travel = travel;
        this.relationships = relationships;
        this.audit = audit;
        this.clock = clock;
    }

    /** Community teams by organisation, kept a few minutes: the menu asks on every page and teams rarely change. */
    private final Map<UUID, CommunityTeams> communityTeams = new ConcurrentHashMap<>();

    private record CommunityTeams(Set<UUID> ids, Instant readAt) {
    }

    /**
     * Whether the user plans visits at all, for the menu: a team lead, or a registrant of a community team (a ward
     * physiotherapist has no community day to plan). The page itself checks the command and the team.
     */
    public boolean plansVisits(CurrentUser user) {
        if (user.has(Role.TEAM_LEAD)) {
            return true;
        }
        if (!user.isRegistrant() || user.teamId() == null) {
            return false;
        }
        Instant now = clock.instant();
        CommunityTeams known = communityTeams.get(user.organisationId());
        if (known == null || known.readAt().isBefore(now.minus(Duration.ofMinutes(5)))) {
            known = new CommunityTeams(staff.teams(user.organisationId()).stream()
                    .filter(t -> "COMMUNITY".equals(t.setting())).map(Team::id).collect(Collectors.toSet()), now);
            communityTeams.put(user.organisationId(), known);
        }
        return known.ids().contains(user.teamId());
    }

    /** The community teams the user may plan for: every one for a team lead, their own for a registrant. */
    @Transactional(readOnly = true)
    public List<Team> teams(CurrentUser user) {
        return staff.teams(user.organisationId()).stream().filter(t -> "COMMUNITY".equals(t.setting()))
                .filter(t -> user.has(Role.TEAM_LEAD) || t.id().equals(user.teamId())).toList();
    }

    /** The board as it stands: the visits of the day (made from the delegations due, the first time it is opened). */
    @Transactional
    public Board board(CurrentUser user, UUID teamId, LocalDate day) {
        Team team = reader.team(user, teamId);
        Context context = reader.context(user, team, day, !day.isBefore(reader.today()));
        return reader.board(user, context);
    }

    /**
     * Plans the day again: pinned visits stay; on a published day, started visits stay and nothing moves before now.
     */
    @Transactional
    public Board plan(CurrentUser user, UUID teamId, LocalDate day, int expectedVersion) {
        Team team = reader.team(user, teamId);
        reader.requireNotPast(day);
        Context context = reader.context(user, team, day, true);
        reader.requireVersion(context, expectedVersion);
        DayProblem problem = context.problem();
        DayPlan plan;
        Set<UUID> off = context.workersOff();
        if (context.day().publishedAt() != null && day.equals(reader.today())) {
            DayPlan published = new DayPlan(day, store.assignments(teamId, day, VisitStore.Copy.PUBLISHED), List.of());
            Set<UUID> started = reader.started(user, context);
            plan = planner.replan(problem, published, new PlanChange(reader.now(), off, List.of(), started));
        } else {
            DayProblem withoutOff = new DayProblem(day,
                    problem.workers().stream().filter(w -> !off.contains(w.id())).toList(),
                    problem.visits().stream().map(v -> v.pinned() && v.pin().workers().stream().anyMatch(off::contains)
                            ? v.pinnedTo(null)
                            : v).toList());
            plan = planner.plan(withoutOff);
        }
        store.replaceDraft(teamId, day, plan.assignments());
        Map<UUID, Unassigned> why = new HashMap<>();
        plan.unassigned().forEach(u -> why.put(u.visitId(), u));
        for (VisitStore.Row row : context.rows()) {
            if (row.cancelled() || !context.located().contains(row.id())) {
                continue;
            }
            Unassigned u = why.get(row.id());
            store.setReason(row.id(), u == null ? null : u.code(), u == null ? null : u.reason());
        }
        store.planned(teamId, day, user.staffId(), clock.instant());
        audit.record(new AuditEntry(user, null, "visits.day-planned", "team", teamId,
                day + ": " + plan.assignments().stream().map(Assignment::visitId).distinct().count() + " planned, "
                        + plan.unassigned().size() + " unplanned"));
        return reader.board(user, reader.context(user, team, day, false));
    }

    /**
     * Sends the working copy to the workers. Refused while any planned visit breaks a rule as things stand now (a
     * competency that lapsed since planning, say), and when the board changed since the lead looked at it.
     */
    @Transactional
    public Board publish(CurrentUser user, UUID teamId, LocalDate day, int expectedVersion) {
        Team team = reader.team(user, teamId);
        reader.requireNotPast(day);
        Context context = reader.context(user, team, day, false);
        reader.requireVersion(context, expectedVersion);
        List<PlanRules.BrokenRule> broken = PlanRules.check(context.problem(),
                new DayPlan(day, context.draft(), List.of()), travel).stream()
                .filter(r -> !r.code().equals("visits.rule.pinned-unassigned")).toList();
        if (!broken.isEmpty()) {
            throw new RefusedException("visits.publish-breaks-a-rule", Messages.text("visits.refusal.publish",
                    broken.stream().map(PlanRules.BrokenRule::message).distinct().collect(Collectors.joining(" "))));
        }
        if (context.draft().isEmpty()) {
            throw new RefusedException("visits.nothing-to-publish", Messages.text("visits.refusal.nothing-planned"));
        }
        Set<UUID> offNow = context.workersOff();
        if (context.draft().stream().anyMatch(a -> offNow.contains(a.workerId()))) {
            throw new RefusedException("visits.publish-worker-off", Messages.text("visits.refusal.worker-off"));
        }
        List<Assignment> before = store.assignments(teamId, day, VisitStore.Copy.PUBLISHED);
        store.publishDraft(teamId, day);
        // The workers sent to a patient may open their record for the visit (one care relationship per visit and
        // worker); a worker no longer sent loses it; all end with the day (VisitLapses).
        Map<UUID, UUID> patientOf = new HashMap<>();
        context.rows().forEach(r -> patientOf.put(r.id(), r.patientId()));
        for (Assignment a : before) {
            relationships.ended(user.organisationId(), DayReader.visitSource(a));
        }
        for (Assignment a : context.draft()) {
            relationships.visiting(user.organisationId(), DayReader.visitSource(a), patientOf.get(a.visitId()),
                    a.workerId());
        }
        store.published(teamId, day, user.staffId(), clock.instant());
        audit.record(new AuditEntry(user, null, "visits.day-published", "team", teamId,
                day + ": " + context.draft().stream().map(Assignment::visitId).distinct().count() + " visits"));
        return reader.board(user, reader.context(user, team, day, false));
    }
}
