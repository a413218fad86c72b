package org.therapyassist.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
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
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.referrals.ReferralCommands.NewReferral;
import org.therapyassist.referrals.ReferralCommands.NewReferralOut;
import org.therapyassist.referrals.ReferralCommands.OutResponse;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

/** Referrals out: to another team here (into its triage queue) or to an external service, with the status tracked. */
@Service
public class ReferralsOut {

    /**
     * Team and staff names come from the staff directory ({@link #map}, {@link StaffNames}) and the patient's name from
     * the patients module ({@link #withUpdates}).
     */
    private static final String SELECT = "select o.* from referral_out o ";

    private final JdbcClient jdbc;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final PatientAccess access;
    private final Referrals referrals;
    private final StaffDirectory staff;
    private final Clock clock;
    private final StaffNames names;

    ReferralsOut(JdbcClient jdbc, PatientRecords patients, CarePlans carePlans, PatientAccess access,
            Referrals referrals,
            StaffDirectory staff, Clock clock, StaffNames names) {
        this.names = names;
        this.jdbc = jdbc;
        this.patients = patients;
        this.carePlans = carePlans;
        this.access = access;
        this.referrals = referrals;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public ReferralOut send(CurrentUser user, NewReferralOut command) {
        ReferralRules.requireMayTriage(user);
        patients.require(user.organisationId(), command.patientId());
        boolean toTeam = command.toTeamId() != null;
        if (toTeam == (Text.blankToNull(command.toService()) != null)) {
            throw new InvalidInputException(Map.of(toTeam ? "toService" : "toTeamId",
                    Messages.text("referrals.field.both")));
        }
        if (toTeam && staff.teams(user.organisationId()).stream().noneMatch(t -> t.id().equals(command.toTeamId()))) {
            throw new InvalidInputException(Map.of("toTeamId", Messages.text("referrals.field.team.other")));
        }
        if (command.episodeId() != null && !carePlans.require(user.organisationId(), command.episodeId()).patientId()
                .equals(command.patientId())) {
            throw new InvalidInputException(Map.of("episodeId", Messages.text("referrals.field.episode.other")));
        }
        UUID id = Ids.newId();
        access.check(user, command.patientId(), PatientAction.REFER_OUT, id);
        LocalDate today = Time.today(clock);
        UUID linked = null;
        if (toTeam) {
            StaffMember me = staff.require(user.organisationId(), user.staffId());
            linked = referrals.receiveFromTeam(user, new NewReferral(command.patientId(), command.toTeamId(),
                    me.isRegistrant() && me.jobRole().name().contains("OCCUPATIONAL")
                            ? SourceRole.OCCUPATIONAL_THERAPIST
                            : SourceRole.PHYSIOTHERAPIST,
                    user.displayName(), teamName(user), command.reason(), command.urgency(), today));
        }
        jdbc.sql(
                "insert into referral_out (id, organisation_id, patient_id, episode_id, to_team_id, to_service, linked_referral_id, "
                        + "urgency, reason, information_sent, status, sent_on, sent_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?)")
                .params(id, user.organisationId(), command.patientId(), command.episodeId(), command.toTeamId(),
                        toTeam ? null : command.toService().strip(), linked, command.urgency().name(),
                        command.reason().strip(),
                        command.informationSent().strip(), today, user.staffId())
                .update();
        addUpdate(user, id, ReferralOut.Status.SENT, null);
        return require(user.organisationId(), id);
    }

    /** A reply from an external service; an internal referral's status follows the receiving team's triage instead. */
    @Transactional
    public ReferralOut recordResponse(CurrentUser user, UUID id, OutResponse command) {
        ReferralRules.requireMayTriage(user);
        ReferralOut out = require(user.organisationId(), id);
        access.check(user, out.patientId(), PatientAction.REFER_OUT, id);
        if (out.internal()) {
            throw new RefusedException("referral-out.internal",
                    Messages.text("referrals.refusal.out-internal"));
        }
        if (command.status() == ReferralOut.Status.SENT) {
            throw new InvalidInputException(Map.of("status", Messages.text("referrals.field.status.reply")));
        }
        if (out.status().isFinal()) {
            throw new ConflictException("referral-out.closed",
                    Messages.text("referrals.refusal.out-closed", out.status().title().toLowerCase()));
        }
        int expected = command.version() == null ? out.version() : command.version();
        int updated = jdbc.sql(
                "update referral_out set status = ?, version = version + 1 where organisation_id = ? and id = ? and version = ?")
                .params(command.status().name(), user.organisationId(), id, expected).update();
        if (updated == 0) {
            throw new ConflictException("referral-out.changed",
                    Messages.text("referrals.refusal.changed"));
        }
        addUpdate(user, id, command.status(), command.note());
        return require(user.organisationId(), id);
    }

    @Transactional
    public Page<ReferralOut> ofPatient(CurrentUser user, UUID patientId, PageRequest page) {
        patients.require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, patientId);
        return forPatient(user.organisationId(), patientId, page);
    }

    /** A patient's referrals out with their updates, newest first, a page at a time; access already checked. */
    @Transactional(readOnly = true)
    public Page<ReferralOut> forPatient(UUID organisationId, UUID patientId, PageRequest page) {
        Page<ReferralOut> found = names.complete(organisationId, PagedQuery.of(jdbc, page,
                SELECT + "where o.organisation_id = ? and o.patient_id = ?", "o.sent_on desc, o.id desc",
                ReferralsOut::map,
                organisationId, patientId));
        return new Page<>(withUpdates(organisationId, found.items()), found.page(), found.size(), found.hasMore(),
                found.total());
    }

    /**
     * Referrals sent by anyone in the reader's team, newest first, with their replies, a page at a time: what the team
     * is waiting to hear about. Patients the reader may not open are left out; those listed are audited as seen.
     */
    @Transactional
    public Page<ReferralOut> sentByTeam(CurrentUser user, PageRequest page) {
        List<UUID> team = user.teamId() == null
                ? List.of()
                : staff.teamMembers(user.organisationId(), user.teamId()).stream().map(StaffMember::id).toList();
        if (team.isEmpty()) {
            return Page.empty(page);
        }
        List<Object> params = new ArrayList<>(List.of(user.organisationId()));
        params.addAll(team);
        Page<ReferralOut> found = names.complete(user.organisationId(), PagedQuery.of(jdbc, page,
                SELECT + "where o.organisation_id = ? and o.sent_by in ("
                        + String.join(", ", Collections.nCopies(team.size(), "?")) + ")",
                "o.sent_on desc, o.id desc", ReferralsOut::map, params.toArray()));
        Set<UUID> visible = access.visibleAmong(user, found.items().stream().map(ReferralOut::patientId).toList());
        List<ReferralOut> shown = found.items().stream().filter(o -> visible.contains(o.patientId())).toList();
        access.checkAll(user, shown.stream().map(ReferralOut::patientId).distinct().toList(),
                PatientAction.VIEW_WORKLIST);
        return new Page<>(withUpdates(user.organisationId(), shown), found.page(), found.size(), found.hasMore(),
                found.total());
    }

    /** For a view that has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<ReferralOut> forPatient(UUID organisationId, UUID patientId) {
        return withUpdates(organisationId, names.complete(organisationId, jdbc.sql(SELECT
                + "where o.organisation_id = ? and o.patient_id = ? order by o.sent_on desc, o.id desc")
                .params(organisationId, patientId).query(ReferralsOut::map).list()));
    }

    @Transactional(readOnly = true)
    public ReferralOut require(UUID organisationId, UUID id) {
        List<ReferralOut> found = names.complete(organisationId,
                jdbc.sql(SELECT + "where o.organisation_id = ? and o.id = ?")
                        .params(organisationId, id).query(ReferralsOut::map).list());
        if (found.isEmpty()) {
            throw new NotFoundException("referral-out.not-found", Messages.text("referrals.refusal.out-not-found"));
        }
        return withUpdates(organisationId, found).getFirst();
    }

    private String teamName(CurrentUser user) {
        return staff.teams(user.organisationId()).stream().filter(t -> t.id().equals(user.teamId()))
                .map(t -> t.name()).findFirst().orElse(null);
    }

    private void addUpdate(CurrentUser user, UUID id, ReferralOut.Status status, String note) {
        jdbc.sql(
                "insert into referral_out_update (id, organisation_id, referral_out_id, status, note, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), id, status.name(), Text.blankToNull(note), user.staffId(),
                        Time.db(clock.instant()))
                .update();
    }

    private List<ReferralOut> withUpdates(UUID organisationId, List<ReferralOut> outs) {
        if (outs.isEmpty()) {
            return outs;
        }
        Map<UUID, List<ReferralOut.Update>> updates = new HashMap<>();
        names.complete(organisationId,
                jdbc.sql("select u.referral_out_id, u.status, u.note, u.recorded_by, u.recorded_at "
                        + "from referral_out_update u "
                        + "where u.organisation_id = :org and u.referral_out_id in (:ids) order by u.recorded_at")
                        .param("org", organisationId).param("ids", outs.stream().map(ReferralOut::id).toList())
                        .query((rs, n) -> {
                            UUID out = rs.getObject(1, UUID.class);
                            ReferralOut.Status status = ReferralOut.Status.valueOf(rs.getString(2));
                            String note = rs.getString(3);
                            UUID by = rs.getObject(4, UUID.class);
                            Instant at = Time.instant(rs.getObject(5, OffsetDateTime.class));
                            return StaffNames.awaiting(
                                    name -> Map.entry(out, new ReferralOut.Update(status, note, name.person(by), at)),
                                    by);
                        })
                        .list())
                .forEach(e -> updates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, PatientSummary> about = patients.summaries(organisationId,
                outs.stream().map(ReferralOut::patientId).distinct().toList());
        return outs.stream().map(o -> new ReferralOut(o.id(), o.patientId(),
                about.containsKey(o.patientId()) ? about.get(o.patientId()).name() : null, o.episodeId(), o.toTeamId(),
                o.toName(), o.internal(), o.linkedReferralId(), o.urgency(), o.reason(), o.informationSent(),
                o.status(),
                o.sentOn(), o.sentByName(), List.copyOf(updates.getOrDefault(o.id(), List.of())), o.version()))
                .toList();
    }

    private static StaffNames.Awaiting<ReferralOut> map(ResultSet rs, int n) throws SQLException {
        UUID team = rs.getObject("to_team_id", UUID.class);
        UUID sentBy = rs.getObject("sent_by", UUID.class);
        ReferralOut bare = new ReferralOut(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                null, rs.getObject("episode_id", UUID.class), team,
                team != null ? null : rs.getString("to_service"), team != null,
                rs.getObject("linked_referral_id", UUID.class), Urgency.valueOf(rs.getString("urgency")),
                rs.getString("reason"), rs.getString("information_sent"),
                ReferralOut.Status.valueOf(rs.getString("status")),
                rs.getObject("sent_on", LocalDate.class), null, List.of(), rs.getInt("version"));
        return StaffNames
                .awaiting(name -> new ReferralOut(bare.id(), bare.patientId(), bare.patientName(), bare.episodeId(),
                        bare.toTeamId(), team != null ? name.team(team) : bare.toName(), bare.internal(),
                        bare.linkedReferralId(),
                        bare.urgency(), bare.reason(), bare.informationSent(), bare.status(), bare.sentOn(),
                        name.person(sentBy),
                        bare.updates(), bare.version()), new UUID[]{sentBy}, team);
    }
}
