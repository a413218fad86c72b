package org.therapyassist.careplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.CareRelationships;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.Commands.AddGoal;
import org.therapyassist.careplans.Commands.AddProgrammeItem;
import org.therapyassist.careplans.Commands.OpenEpisode;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** Opening episodes and setting goals and programmes: registrants' work. */
@Service
public class CarePlans {

    /** Team and lead names come from the staff directory (withDetails), which owns them. */
    private static final String EPISODE_SELECT = "select e.* from episode e ";

    private final JdbcClient jdbc;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final CareRelationships relationships;
    private final StaffDirectory staff;
    private final ProgrammeItems programme;
    private final Clock clock;

    CarePlans(JdbcClient jdbc, PatientRecords patients, PatientAccess access, CareRelationships relationships,
            StaffDirectory staff, ProgrammeItems programme, Clock clock) {
        this.jdbc = jdbc;
        this.programme = programme;
        this.patients = patients;
        this.access = access;
        this.relationships = relationships;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public Episode open(CurrentUser user, UUID patientId, OpenEpisode command) {
        requireRegistrant(user);
        patients.require(user.organisationId(), patientId);
        boolean teamExists = staff.teams(user.organisationId()).stream().anyMatch(t -> t.id().equals(command.teamId()));
        if (!teamExists) {
            throw new InvalidInputException(Map.of("teamId", Messages.text("careplans.refusal.team")));
        }
        UUID lead = command.leadTherapistId() == null ? user.staffId() : command.leadTherapistId();
        StaffMember leadTherapist = staff.find(user.organisationId(), lead)
                .filter(StaffMember::isRegistrant)
                .orElseThrow(() -> new InvalidInputException(
                        Map.of("leadTherapistId", Messages.text("careplans.refusal.lead"))));
        UUID id = Ids.newId();
        jdbc.sql("insert into episode (id, organisation_id, patient_id, team_id, lead_therapist_id, referral_reason, "
                + "condition_category, setting, location, status, opened_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(id, user.organisationId(), patientId, command.teamId(), leadTherapist.id(),
                        command.referralReason().strip(), command.category().name(), command.setting().name(),
                        command.location().strip(), Time.today(clock))
                .update();
        relationships.teamCaseload(user.organisationId(), id, patientId, command.teamId());
        access.check(user, patientId, PatientAction.OPEN_EPISODE, id);
        return require(user.organisationId(), id);
    }

    @Transactional
    public Episode addGoal(CurrentUser user, UUID episodeId, AddGoal command) {
        Episode episode = checkGoal(user, episodeId, command);
        insertGoal(user, episode, command);
        return require(user.organisationId(), episodeId);
    }

    @Transactional
    public Episode addProgrammeItem(CurrentUser user, UUID episodeId, AddProgrammeItem command) {
        requireRegistrant(user);
        Episode episode = requireOpen(user.organisationId(), episodeId);
        programme.requireRoom(user.organisationId(), episodeId, "activity");
        programme.add(user.organisationId(), user.staffId(), clock.instant(), new ProgrammeItems.NewItem(episodeId,
                command.activity().strip(), null, command.sets(), command.repetitions(), null,
                command.frequency().strip(), null, null, null, Text.blankToNull(command.progressionLimits()), null));
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, episodeId);
        return require(user.organisationId(), episodeId);
    }

    /** A patient's episodes with their goals and programme, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Episode> episodesOf(UUID organisationId, UUID patientId, PageRequest page) {
        Page<Episode> bare = PagedQuery.of(jdbc, page,
                EPISODE_SELECT + "where e.organisation_id = ? and e.patient_id = ?",
                "e.opened_on desc, e.id desc", CarePlans::map, organisationId, patientId);
        return new Page<>(withDetails(organisationId, bare.items()), bare.page(), bare.size(), bare.hasMore(),
                bare.total());
    }

    /** A patient's newest episodes by when they opened, at most {@code limit}; access already checked. */
    @Transactional(readOnly = true)
    public List<Episode> newestEpisodes(UUID organisationId, UUID patientId, int limit) {
        return withDetails(organisationId, jdbc.sql(EPISODE_SELECT + "where e.organisation_id = ? and e.patient_id = ? "
                + "order by e.opened_on desc, e.id desc limit ?")
                .params(organisationId, patientId, limit).query(CarePlans::map).list());
    }

    /** Episodes of a patient, newest first; the caller has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<Episode> episodesOf(UUID organisationId, UUID patientId) {
        List<Episode> bare = jdbc
                .sql(EPISODE_SELECT + "where e.organisation_id = ? and e.patient_id = ? order by e.opened_on desc")
                .params(organisationId, patientId).query(CarePlans::map).list();
        return withDetails(organisationId, bare);
    }

    /**
     * What each goal of these patients is called, in one read: a list of session records names the goals their progress
     * lines are about, and reading each patient's whole episodes for that cost five statements a patient. The caller
     * has checked access to the patients.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> goalDescriptions(UUID organisationId, Collection<UUID> patientIds) {
        Map<UUID, String> out = new HashMap<>();
        List<UUID> ids = List.copyOf(new HashSet<>(patientIds));
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select g.id, g.description from goal g join episode e on e.id = g.episode_id "
                    + "where e.organisation_id = :org and e.patient_id in (:patients) and g.organisation_id = :org")
                    .param("org", organisationId).param("patients", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        out.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return out;
    }

    /** Throws 404 if the episode is not in this organisation; does not audit. */
    @Transactional(readOnly = true)
    public Episode require(UUID organisationId, UUID episodeId) {
        Episode bare = jdbc.sql(EPISODE_SELECT + "where e.organisation_id = ? and e.id = ?")
                .params(organisationId, episodeId).query(CarePlans::map).optional()
                .orElseThrow(() -> new NotFoundException("episode.not-found",
                        Messages.text("careplans.refusal.episode-not-found")));
        return withDetails(organisationId, List.of(bare)).getFirst();
    }

    /** An open episode of a team as a list of people to offer something to shows it (no goals, programme or names). */
    public record TeamEpisode(UUID episodeId, UUID patientId, String referralReason, LocalDate openedOn) {
    }

    /**
     * A team's open episodes (its open caseload), for another module to offer them something: groups offers them a
     * place in a class. Access is the caller's to check; nothing here is audited.
     */
    @Transactional(readOnly = true)
    public List<TeamEpisode> openEpisodesOfTeam(UUID organisationId, UUID teamId) {
        return jdbc.sql("select id, patient_id, referral_reason, opened_on from episode where organisation_id = ? "
                + "and team_id = ? and status = 'OPEN' order by id")
                .params(organisationId, teamId)
                .query((rs, n) -> new TeamEpisode(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Where each episode's patient is seen (ward and bed, clinic, or home address), for worklists. */
    @Transactional(readOnly = true)
    public Map<UUID, String> locations(UUID organisationId, Collection<UUID> episodeIds) {
        if (episodeIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> result = new HashMap<>();
        jdbc.sql("select id, location from episode where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(episodeIds))
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return result;
    }

    private Episode requireOpen(UUID organisationId, UUID episodeId) {
        Episode episode = require(organisationId, episodeId);
        if (!episode.isOpen()) {
            throw new ConflictException("episode.closed", Messages.text("careplans.refusal.episode-closed"));
        }
        return episode;
    }

    private List<Episode> withDetails(UUID organisationId, List<Episode> episodes) {
        if (episodes.isEmpty()) {
            return episodes;
        }
        List<UUID> ids = episodes.stream().map(Episode::id).toList();
        Map<UUID, List<Episode.Goal>> goals = new HashMap<>();
        jdbc.sql("select episode_id, id, description, target_date, status from goal where organisation_id = :org "
                + "and episode_id in (:ids) order by target_date, created_at")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    goals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Episode.Goal(rs.getObject(2, UUID.class), rs.getString(3),
                                    rs.getObject(4, LocalDate.class), rs.getString(5)));
                });
        Map<UUID, List<Episode.ProgrammeItem>> items = new HashMap<>();
        programme.active(organisationId, ids).forEach((episode, rows) -> items.put(episode, rows.stream()
                .map(r -> new Episode.ProgrammeItem(r.id(), r.position(), r.activity(), r.sets(), r.repetitions(),
                        r.holdSeconds(), r.frequency(), r.progressionLimits()))
                .toList()));
        Map<UUID, String> teams = staff.teamNames(organisationId, episodes.stream().map(Episode::teamId).toList());
        Map<UUID, String> leads = staff.names(organisationId, episodes.stream().map(Episode::leadTherapistId).toList());
        return episodes.stream()
                .map(e -> new Episode(e.id(), e.patientId(), e.teamId(), teams.get(e.teamId()), e.leadTherapistId(),
                        leads.get(e.leadTherapistId()), e.referralReason(), e.category(), e.setting(), e.location(),
                        e.status(),
                        e.openedOn(), e.closedOn(), List.copyOf(goals.getOrDefault(e.id(), List.of())),
                        List.copyOf(items.getOrDefault(e.id(), List.of()))))
                .toList();
    }

    private static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("careplan.registrant-only",
                    Messages.text("careplans.refusal.registrant-only"));
        }
    }

    static Episode map(ResultSet rs, int n) throws SQLException {
        return new Episode(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("team_id", UUID.class), null, rs.getObject("lead_therapist_id", UUID.class), null,
                rs.getString("referral_reason"), ConditionCategory.valueOf(rs.getString("condition_category")),
                CareSetting.valueOf(rs.getString("setting")), rs.getString("location"), rs.getString("status"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), List.of(),
                List.of());
    }

    /** Inserts a goal into an open episode after the checks in {@link #addGoal}; returns the new goal's id. */
    UUID insertGoal(CurrentUser user, Episode episode, AddGoal command) {
        UUID id = Ids.newId();
        jdbc.sql("insert into goal (id, organisation_id, episode_id, patient_id, description, target_date, status, "
                + "created_at, created_by) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
                .params(id, user.organisationId(), episode.id(), episode.patientId(), command.description().strip(),
                        command.targetDate(), Time.db(clock.instant()), user.staffId())
                .update();
        access.check(user, episode.patientId(), PatientAction.ADD_GOAL, episode.id());
        return id;
    }

    /** Checks that a registrant may add a goal to this open episode today; returns the episode. */
    Episode checkGoal(CurrentUser user, UUID episodeId, AddGoal command) {
        requireRegistrant(user);
        Episode episode = requireOpen(user.organisationId(), episodeId);
        if (command.targetDate().isBefore(Time.today(clock))) {
            throw new InvalidInputException(Map.of("targetDate", Messages.text("careplans.refusal.target-past")));
        }
        return episode;
    }
}
