package org.therapyassist.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.referrals.ReferralCommands.Decide;
import org.therapyassist.referrals.ReferralCommands.NewReferral;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffNames;

/** Referrals in: recording them, the team's triage queue, and the one final triage decision. */
@Service
public class Referrals {

    /**
     * Team and staff names come from the staff directory ({@link StaffNames}), the patient's name, NHS number and date
     * of birth from the patients module ({@link #complete}), which writes a name the one way every list shows it.
     */
    private static final String SELECT = "select r.*, d.outcome, d.episode_id, d.signposted_to, d.note, d.decided_by, "
            + "d.decided_at from referral r left join referral_decision d on d.referral_id = r.id ";

    private final JdbcClient jdbc;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final CarePlans carePlans;
    private final StaffDirectory staff;
    private final ReferralProperties days;
    private final Clock clock;

    private final StaffNames names;

    Referrals(JdbcClient jdbc, PatientRecords patients, PatientAccess access, CarePlans carePlans, StaffDirectory staff,
            ReferralProperties days, Clock clock, StaffNames names) {
        this.names = names;
        this.jdbc = jdbc;
        this.patients = patients;
        this.access = access;
        this.carePlans = carePlans;
        this.staff = staff;
        this.days = days;
        this.clock = clock;
    }

    @Transactional
    public Referral receive(CurrentUser user, NewReferral command) {
        ReferralRules.requireMayRecord(user);
        ReferralRules.requireReceivedOn(command.receivedOn(), Time.today(clock));
        patients.require(user.organisationId(), command.patientId());
        requireTeam(user, command.teamId(), "teamId");
        UUID id = insert(user, command);
        access.check(user, command.patientId(), PatientAction.RECEIVE_REFERRAL, id);
        return require(user.organisationId(), id);
    }

    /** A referral for somebody not yet known to the service: the patient is registered first, in one transaction. */
    @Transactional
    public Referral receiveForNewPatient(CurrentUser user, NewPatient patient, NewReferral command) {
        ReferralRules.requireMayRecord(user);
        ReferralRules.requireReceivedOn(command.receivedOn(), Time.today(clock));
        requireTeam(user, command.teamId(), "teamId");
        Patient registered = patients.register(user, patient);
        return receive(user,
                new NewReferral(registered.id(), command.teamId(), command.sourceRole(), command.sourceName(),
                        command.sourceOrganisation(), command.reason(), command.urgency(), command.receivedOn()));
    }

    /** Internal referral out: lands in the receiving team's queue. The caller has checked access to the patient. */
    @Transactional
    UUID receiveFromTeam(CurrentUser user, NewReferral command) {
        return insert(user, command);
    }

    /** Waiting referrals for a team, urgent first then the earliest to respond by, with overdue ones flagged. */
    @Transactional
    public Page<Referral> queue(CurrentUser user, UUID teamId, PageRequest page) {
        ReferralRules.requireMayRecord(user);
        Page<Referral> waiting = complete(user.organisationId(), PagedQuery.of(jdbc, page,
                SELECT + "where r.organisation_id = ? and r.team_id = ? and r.status = 'WAITING'",
                ReferralRules.QUEUE_ORDER_SQL, this::map, user.organisationId(), teamId));
        access.checkAll(user, waiting.items().stream().map(Referral::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return waiting;
    }

    /** Recently decided referrals for a team, newest decision first (read-only history). */
    @Transactional
    public Page<Referral> decided(CurrentUser user, UUID teamId, PageRequest page) {
        ReferralRules.requireMayRecord(user);
        Page<Referral> done = complete(user.organisationId(), PagedQuery.of(jdbc, page,
                SELECT + "where r.organisation_id = ? and r.team_id = ? and r.status <> 'WAITING'",
                "d.decided_at desc, r.id",
                this::map, user.organisationId(), teamId));
        access.checkAll(user, done.items().stream().map(Referral::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return done;
    }

    @Transactional
    public Referral open(CurrentUser user, UUID id) {
        Referral referral = require(user.organisationId(), id);
        access.check(user, referral.patientId(), PatientAction.VIEW_RECORD, id);
        return referral;
    }

    /**
     * The one triage decision. The referral is claimed first with a conditional update, so when two people decide at
     * once exactly one wins and the other gets a conflict; the decision row's key guards it a second time.
     */
    @Transactional
    public Referral decide(CurrentUser user, UUID id, Decide command) {
        ReferralRules.requireMayTriage(user);
        Referral referral = require(user.organisationId(), id);
        if (command.outcome() == Referral.Status.WAITING) {
            throw new InvalidInputException(Map.of("outcome", "Choose accept, signpost or reject"));
        }
        ReferralRules.requireDecisionDetails(command.outcome(), command.signpostedTo(), command.note());
        if (command.outcome() == Referral.Status.ACCEPTED) {
            requireEpisodeDetails(command);
        }
        access.check(user, referral.patientId(), PatientAction.TRIAGE_REFERRAL, id);
        // Without a version from the caller the referral's version as read above is the one expected.
        int expected = command.version() == null ? referral.version() : command.version();
        int claimed = jdbc
                .sql("update referral set status = ?, version = version + 1 where organisation_id = ? and id = ? "
                        + "and status = 'WAITING' and version = ?")
                .params(command.outcome().name(), user.organisationId(), id, expected).update();
        if (claimed == 0) {
            throw alreadyDecided(require(user.organisationId(), id));
        }
        UUID episodeId = null;
        if (command.outcome() == Referral.Status.ACCEPTED) {
            Episode episode = carePlans.open(user, referral.patientId(), new Commands.OpenEpisode(referral.reason(),
                    command.category(), command.setting(), command.location(), referral.teamId(),
                    command.leadTherapistId()));
            episodeId = episode.id();
        }
        jdbc.sql(
                "insert into referral_decision (referral_id, organisation_id, outcome, episode_id, signposted_to, note, "
                        + "decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), command.outcome().name(), episodeId,
                        command.outcome() == Referral.Status.SIGNPOSTED ? command.signpostedTo().strip() : null,
                        Text.blankToNull(command.note()), user.staffId(), Time.db(clock.instant()))
                .update();
        // An internal referral out follows the receiving team's decision.
        jdbc.sql(
                "update referral_out set status = ?, version = version + 1 where organisation_id = ? and linked_referral_id = ?")
                .params(command.outcome() == Referral.Status.REJECTED ? "DECLINED" : command.outcome().name(),
                        user.organisationId(), id)
                .update();
        return require(user.organisationId(), id);
    }

    /** A patient's referrals in, newest first, a page at a time; the caller has checked access to the patient. */
    @Transactional(readOnly = true)
    public Page<Referral> forPatient(UUID organisationId, UUID patientId, PageRequest page) {
        return complete(organisationId,
                PagedQuery.of(jdbc, page, SELECT + "where r.organisation_id = ? and r.patient_id = ?",
                        "r.received_on desc, r.id", this::map, organisationId, patientId));
    }

    /** Referrals of one patient, newest first; the caller has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<Referral> forPatient(UUID organisationId, UUID patientId) {
        return list(organisationId, "and r.patient_id = ? order by r.received_on desc", patientId);
    }

    /** Throws 404 when the referral is not in this organisation; does not audit. */
    @Transactional(readOnly = true)
    public Referral require(UUID organisationId, UUID id) {
        List<Referral> found = list(organisationId, "and r.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("referral.not-found", "There is no such referral.");
        }
        return found.getFirst();
    }

    private UUID insert(CurrentUser user, NewReferral command) {
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into referral (id, organisation_id, patient_id, team_id, source_role, source_name, source_organisation, "
                        + "reason, urgency, received_on, respond_by, status, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)")
                .params(id, user.organisationId(), command.patientId(), command.teamId(), command.sourceRole().name(),
                        command.sourceName().strip(), Text.blankToNull(command.sourceOrganisation()),
                        command.reason().strip(),
                        command.urgency().name(), command.receivedOn(),
                        ReferralRules.respondBy(command.urgency(), command.receivedOn(), days),
                        Time.db(clock.instant()),
                        user.staffId())
                .update();
        return id;
    }

    private void requireTeam(CurrentUser user, UUID teamId, String field) {
        if (staff.teams(user.organisationId()).stream().noneMatch(t -> t.id().equals(teamId))) {
            throw new InvalidInputException(Map.of(field, "Choose a team of this service"));
        }
    }

    private static void requireEpisodeDetails(Decide command) {
        Map<String, String> errors = new HashMap<>();
        if (command.category() == null) {
            errors.put("category", "Choose the condition category");
        }
        if (command.setting() == null) {
            errors.put("setting", "Choose the setting");
        }
        if (Text.blankToNull(command.location()) == null) {
            errors.put("location", "Enter where the patient will be seen");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static ConflictException alreadyDecided(Referral now) {
        if (now.decision() == null) {
            return new ConflictException("referral.changed",
                    "This referral changed while you were looking at it. Reload and try again.");
        }
        return new ConflictException("referral.already-decided", "This referral has already been triaged ("
                + now.decision().outcome().title().toLowerCase() + " by " + now.decision().decidedByName()
                + "). A decision is final; record a new referral or a note to change course.");
    }

    /** Referrals of the organisation matching {@code and} (a condition on r, with its parameters). */
    private List<Referral> list(UUID organisationId, String and, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = organisationId;
        System.arraycopy(params, 0, all, 1, params.length);
        return complete(organisationId, jdbc.sql(SELECT + "where r.organisation_id = ? " + and).params(all)
                .query(this::map).list());
    }

    private Page<Referral> complete(UUID organisationId, Page<StaffNames.Awaiting<Referral>> rows) {
        return new Page<>(complete(organisationId, rows.items()), rows.page(), rows.size(), rows.hasMore(),
                rows.total());
    }

    /** The rows with the names of the staff and teams they mention and the patient each is about. */
    private List<Referral> complete(UUID organisationId, List<StaffNames.Awaiting<Referral>> rows) {
        List<Referral> named = names.complete(organisationId, rows);
        Map<UUID, PatientSummary> about = patients.summaries(organisationId,
                named.stream().map(Referral::patientId).distinct().toList());
        return named.stream().map(r -> {
            PatientSummary p = about.get(r.patientId());
            return new Referral(r.id(), r.patientId(), p == null ? null : p.name(),
                    p == null ? null : p.nhsNumber().replace(" ", ""), p == null ? null : p.dateOfBirth(), r.teamId(),
                    r.teamName(), r.sourceRole(), r.sourceName(), r.sourceOrganisation(), r.reason(), r.urgency(),
                    r.receivedOn(), r.respondBy(), r.status(), r.overdue(), r.recordedByName(), r.recordedAt(),
                    r.decision(),
                    r.version());
        }).toList();
    }

    private StaffNames.Awaiting<Referral> map(ResultSet rs, int n) throws SQLException {
        Referral.Status status = Referral.Status.valueOf(rs.getString("status"));
        LocalDate respondBy = rs.getObject("respond_by", LocalDate.class);
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        String outcome = rs.getString("outcome");
        UUID episode = rs.getObject("episode_id", UUID.class);
        String signpostedTo = rs.getString("signposted_to");
        String note = rs.getString("note");
        Instant decidedAt = Time.instant(rs.getObject("decided_at", OffsetDateTime.class));
        UUID id = rs.getObject("id", UUID.class);
        UUID patient = rs.getObject("patient_id", UUID.class);
        UUID team = rs.getObject("team_id", UUID.class);
        SourceRole sourceRole = SourceRole.valueOf(rs.getString("source_role"));
        String sourceName = rs.getString("source_name");
        String sourceOrganisation = rs.getString("source_organisation");
        String reason = rs.getString("reason");
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        LocalDate receivedOn = rs.getObject("received_on", LocalDate.class);
        boolean overdue = ReferralRules.overdue(status, respondBy, Time.today(clock));
        UUID recordedBy = rs.getObject("recorded_by", UUID.class);
        Instant recordedAt = Time.instant(rs.getObject("recorded_at", OffsetDateTime.class));
        int version = rs.getInt("version");
        return StaffNames.awaiting(names -> new Referral(id, patient, null, null, null, team, names.team(team),
                sourceRole, sourceName, sourceOrganisation, reason, urgency, receivedOn, respondBy, status, overdue,
                names.person(recordedBy), recordedAt, outcome == null
                        ? null
                        : new Referral.Decision(
                                Referral.Status.valueOf(outcome), episode, signpostedTo, note, decidedBy,
                                names.person(decidedBy),
                                decidedAt),
                version), new UUID[]{recordedBy, decidedBy}, team);
    }
}
