package org.therapyassist.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffNames;

/**
 * Reads referrals in with their decision: the rows from this module's tables, then staff and team names from the
 * staff directory and the patient from the patients module. Conditions are always within one organisation;
 * {@link Referrals} checks and audits what the user may see.
 */
@Component
class ReferralQueries {

    /**
     * Team and staff names come from the staff directory ({@link StaffNames}), the patient's name, NHS number and date
     * of birth from the patients module ({@link #complete}), which writes a name the one way every list shows it.
     */
    private static final String SELECT = "select r.*, d.outcome, d.episode_id, d.signposted_to, d.note, d.decided_by, "
            + "d.decided_at from referral r left join referral_decision d on d.referral_id = r.id ";

    private final JdbcClient jdbc;
    private final PatientRecords patients;
    private final StaffNames names;
    private final Clock clock;

    ReferralQueries(JdbcClient jdbc, PatientRecords patients, StaffNames names, Clock clock) {
        this.jdbc = jdbc;
        this.patients = patients;
        this.names = names;
        this.clock = clock;
    }

    /** A team's waiting referrals, urgent first then the earliest to respond by. */
    Page<Referral> waiting(UUID organisationId, UUID teamId, PageRequest page) {
        return complete(organisationId, PagedQuery.of(jdbc, page,
                SELECT + "where r.organisation_id = ? and r.team_id = ? and r.status = 'WAITING'",
                ReferralRules.QUEUE_ORDER_SQL, this::map, organisationId, teamId));
    }

    /** A team's decided referrals, newest decision first. */
    Page<Referral> decided(UUID organisationId, UUID teamId, PageRequest page) {
        return complete(organisationId, PagedQuery.of(jdbc, page,
                SELECT + "where r.organisation_id = ? and r.team_id = ? and r.status <> 'WAITING'",
                "d.decided_at desc, r.id",
                this::map, organisationId, teamId));
    }

    Page<Referral> forPatient(UUID organisationId, UUID patientId, PageRequest page) {
        return complete(organisationId,
                PagedQuery.of(jdbc, page, SELECT + "where r.organisation_id = ? and r.patient_id = ?",
                        "r.received_on desc, r.id", this::map, organisationId, patientId));
    }

    /** Referrals of the organisation matching {@code and} (a condition on r, with its parameters). */
    List<Referral> list(UUID organisationId, String and, Object... params) {
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
                    r.decision(), r.version(), r.service(), r.senderId(), r.referrerEmail());
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
        String recordedBySystem = rs.getString("recorded_by_system");
        Instant recordedAt = Time.instant(rs.getObject("recorded_at", OffsetDateTime.class));
        int version = rs.getInt("version");
        String service = rs.getString("service");
        String senderId = rs.getString("sender_id");
        String referrerEmail = rs.getString("referrer_email");
        Referral.SenderId sender = senderId == null
                ? null
                : new Referral.SenderId(rs.getString("sender_system"), senderId);
        return StaffNames.awaiting(names -> new Referral(id, patient, null, null, null, team, names.team(team),
                sourceRole, sourceName, sourceOrganisation, reason, urgency, receivedOn, respondBy, status, overdue,
                recordedBy == null ? bySystem(recordedBySystem) : names.person(recordedBy), recordedAt,
                outcome == null
                        ? null
                        : new Referral.Decision(
                                Referral.Status.valueOf(outcome), episode, signpostedTo, note, decidedBy,
                                names.person(decidedBy),
                                decidedAt),
                version, service == null ? null : TherapyService.valueOf(service), sender, referrerEmail),
                new UUID[]{recordedBy, decidedBy}, team);
    }

    /** "epr-northgate (another system)" for a referral a system sent: no member of staff recorded it. */
    private static String bySystem(String systemName) {
        String client = systemName == null ? "" : systemName.replaceFirst("^system:", "");
        return Messages.text("referrals.referral.recorded-by-system", client);
    }
}
