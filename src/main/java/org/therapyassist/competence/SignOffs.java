package org.therapyassist.competence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
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
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

/**
 * The competency sign-off workflow: a support worker asks for sign-off; a registered assessor signs off (renewing
 * supersedes the earlier sign-off), refuses with feedback, or revokes with a reason. Every step is audited.
 */
@Service
public class SignOffs {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffLookup lookup;
    private final StaffNames names;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOffs(JdbcClient jdbc, StaffDirectory staff, StaffLookup lookup, StaffNames names, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.names = names;
        this.events = events;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewSignOff(String competencyCode, LocalDate signedOn, SignOffMethod method, String evidence,
            LocalDate expiresOn) {
    }

    @Schema(name = "SignOffRequest")
    public record Request(UUID id, UUID staffId, String staffName, String competencyCode, String competencyTitle,
            Instant requestedAt, String note, @Schema(allowableValues = {
                    "REQUESTED", "SIGNED_OFF", "REFUSED"}) String status,
            String decidedByName, Instant decidedAt, String feedback) {
    }

    @Transactional
    public UUID signOff(CurrentUser user, UUID staffId, NewSignOff command) {
        StaffMember assessor = staff.require(user.organisationId(), user.staffId());
        StaffMember subject = staff.require(user.organisationId(), staffId);
        SignOffRules.requireAssessor(assessor, subject);
        Integer validity = jdbc.sql("select validity_months from competency where code = ?")
                .param(command.competencyCode() == null ? "" : command.competencyCode()).query(Integer.class).optional()
                .orElseThrow(
                        () -> new InvalidInputException(
                                Map.of("competencyCode", Messages.text("competence.sign-off.competency.unknown"))));
        if (command.method() == null) {
            throw new InvalidInputException(Map.of("method", Messages.text("competence.sign-off.method.blank")));
        }
        if (command.signedOn() == null) {
            throw new InvalidInputException(Map.of("signedOn", Messages.text("competence.sign-off.signed-on.blank")));
        }
        LocalDate expiry = SignOffRules.expiry(command.signedOn(), command.expiresOn(), validity, Time.today(clock));
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql(
                "insert into competency_signoff (id, organisation_id, staff_id, competency_code, assessor_id, signed_on, "
                        + "expires_on, evidence, recorded_at, method) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, command.competencyCode(), assessor.id(), command.signedOn(),
                        expiry, Text.blankToNull(command.evidence()), Time.db(now), command.method().name())
                .update();
        // A renewal supersedes the earlier sign-offs for the same competency; they stay as history, unchanged
        // otherwise.
        List<UUID> earlier = jdbc.sql("select id from competency_signoff where organisation_id = ? and staff_id = ? "
                + "and competency_code = ? and id <> ? and superseded_by is null and revoked_at is null")
                .params(user.organisationId(), staffId, command.competencyCode(), id).query(UUID.class).list();
        jdbc.sql("update competency_signoff set superseded_by = ? where organisation_id = ? and staff_id = ? "
                + "and competency_code = ? and id <> ? and superseded_by is null and revoked_at is null")
                .params(id, user.organisationId(), staffId, command.competencyCode(), id).update();
        jdbc.sql("update signoff_request set status = 'SIGNED_OFF', decided_by = ?, decided_at = ?, signoff_id = ? "
                + "where organisation_id = ? and staff_id = ? and competency_code = ? and status = 'REQUESTED'")
                .params(assessor.id(), Time.db(now), id, user.organisationId(), staffId, command.competencyCode())
                .update();
        // Their expiry reminders are answered: closed now, for the worker and their leads alike.
        events.publishEvent(new SignOffRecorded(user.organisationId(), staffId, command.competencyCode(), id, earlier,
                command.signedOn(), assessor.id(), assessor.displayName()));
        audit.record(new AuditEntry(user, null, "workforce.sign-off", "competency-signoff", id,
                subject.displayName() + " " + command.competencyCode() + " until " + expiry));
        return id;
    }

    @Transactional
    public void revoke(CurrentUser user, UUID signOffId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", Messages.text("competence.sign-off.reason.blank")));
        }
        var row = jdbc.sql("select staff_id, revoked_at from competency_signoff where organisation_id = ? and id = ?")
                .params(user.organisationId(), signOffId)
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)})
                .optional()
                .orElseThrow(() -> new NotFoundException("signoff.not-found",
                        Messages.text("competence.refusal.no-sign-off")));
        StaffMember subject = staff.require(user.organisationId(), (UUID) row[0]);
        SignOffRules.requireAssessor(staff.require(user.organisationId(), user.staffId()), subject);
        int rows = jdbc.sql("update competency_signoff set revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                + "where organisation_id = ? and id = ? and revoked_at is null")
                .params(Time.db(clock.instant()), user.staffId(), reason.strip(), user.organisationId(), signOffId)
                .update();
        if (rows != 1) {
            throw new ConflictException("signoff.already-revoked",
                    Messages.text("competence.refusal.already-withdrawn"));
        }
        events.publishEvent(new SignOffWithdrawn(user.organisationId(), (UUID) row[0], signOffId, user.staffId()));
        audit.record(new AuditEntry(user, null, "workforce.revoke-sign-off", "competency-signoff", signOffId,
                reason.strip()));
    }

    @Transactional
    public UUID request(CurrentUser user, String competencyCode, String note) {
        if (!user.isSupportWorker()) {
            throw new NotAllowedException("signoff.request-support-workers",
                    Messages.text("competence.refusal.requests-for-support-workers"));
        }
        boolean known = jdbc.sql("select count(*) from competency where code = ?")
                .param(competencyCode == null ? "" : competencyCode).query(Long.class).single() > 0;
        if (!known) {
            throw new InvalidInputException(
                    Map.of("competencyCode", Messages.text("competence.sign-off.competency.unknown")));
        }
        boolean open = jdbc.sql("select count(*) from signoff_request where organisation_id = ? and staff_id = ? "
                + "and competency_code = ? and status = 'REQUESTED'")
                .params(user.organisationId(), user.staffId(), competencyCode).query(Long.class).single() > 0;
        if (open) {
            throw new ConflictException("signoff.request-open",
                    Messages.text("competence.refusal.request-open", competencyCode));
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into signoff_request (id, organisation_id, staff_id, competency_code, requested_at, note, status) "
                        + "values (?, ?, ?, ?, ?, ?, 'REQUESTED')")
                .params(id, user.organisationId(), user.staffId(), competencyCode, Time.db(clock.instant()),
                        Text.blankToNull(note))
                .update();
        return id;
    }

    @Transactional
    public void refuse(CurrentUser user, UUID requestId, String feedback) {
        if (feedback == null || feedback.isBlank()) {
            throw new InvalidInputException(
                    Map.of("feedback", Messages.text("competence.sign-off.feedback.blank")));
        }
        Request request = requests(user.organisationId(), "r.organisation_id = ? and r.id = ?", user.organisationId(),
                requestId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("signoff.request-not-found",
                        Messages.text("competence.refusal.no-request")));
        SignOffRules.requireAssessor(staff.require(user.organisationId(), user.staffId()),
                staff.require(user.organisationId(), request.staffId()));
        int rows = jdbc
                .sql("update signoff_request set status = 'REFUSED', decided_by = ?, decided_at = ?, feedback = ? "
                        + "where organisation_id = ? and id = ? and status = 'REQUESTED'")
                .params(user.staffId(), Time.db(clock.instant()), feedback.strip(), user.organisationId(), requestId)
                .update();
        if (rows != 1) {
            throw new ConflictException("signoff.request-decided", Messages.text("competence.refusal.request-decided"));
        }
        audit.record(new AuditEntry(user, null, "workforce.refuse-sign-off", "signoff-request", requestId,
                feedback.strip()));
    }

    /** A person's sign-off requests, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Request> requestsOf(UUID organisationId, UUID staffId, PageRequest page) {
        return names.complete(organisationId, PagedQuery.of(jdbc, page, REQUEST_COLUMNS,
                REQUEST_FROM + "where r.organisation_id = ? and r.staff_id = ?",
                "r.requested_at desc, r.id", SignOffs::request, organisationId, staffId));
    }

    /** Open requests, oldest first, from one team (or the whole organisation when {@code teamId} is null). */
    @Transactional(readOnly = true)
    public Page<Request> openRequests(UUID organisationId, UUID teamId, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(organisationId));
        String inTeam = "";
        if (teamId != null) {
            // The team's people, enabled or not, from the directory; then the requests in one query.
            Set<UUID> team = lookup.idsInTeam(organisationId, teamId);
            if (team.isEmpty()) {
                return Page.empty(page);
            }
            inTeam = " and r.staff_id in (" + String.join(", ", Collections.nCopies(team.size(), "?")) + ")";
            params.addAll(team);
        }
        return names.complete(organisationId, PagedQuery.of(jdbc, page, REQUEST_COLUMNS,
                REQUEST_FROM + "where r.organisation_id = ? and r.status = 'REQUESTED'" + inTeam,
                "r.requested_at, r.id", SignOffs::request, params.toArray()));
    }

    private static final String REQUEST_COLUMNS = "select r.*, c.title";
    private static final String REQUEST_FROM = "from signoff_request r join competency c on c.code = r.competency_code ";

    private List<Request> requests(UUID organisationId, String where, Object... params) {
        return names.complete(organisationId, jdbc.sql(REQUEST_COLUMNS + " " + REQUEST_FROM + "where " + where)
                .params(params).query(SignOffs::request).list());
    }

    /** A request waiting for the names of the worker and of who decided, which the staff directory gives. */
    private static StaffNames.Awaiting<Request> request(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID staffId = rs.getObject("staff_id", UUID.class);
        String code = rs.getString("competency_code");
        String title = rs.getString("title");
        Instant requestedAt = rs.getObject("requested_at", OffsetDateTime.class).toInstant();
        String note = rs.getString("note");
        String status = rs.getString("status");
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        Instant decidedAt = Time.instant(rs.getObject("decided_at", OffsetDateTime.class));
        String feedback = rs.getString("feedback");
        return StaffNames.awaiting(names -> new Request(id, staffId, names.person(staffId), code, title, requestedAt,
                note, status, names.person(decidedBy), decidedAt, feedback), staffId, decidedBy);
    }
}
