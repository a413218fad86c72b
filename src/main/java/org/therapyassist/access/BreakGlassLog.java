package org.therapyassist.access;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Break-glass openings for a team lead to review: who opened which record outside their caseload, when and why. A
 * review says the opening was appropriate, or raises a concern with a note; either way it is audited against the
 * patient, so the patient's trail shows both the opening and its review.
 */
@Service
public class BreakGlassLog {

    public enum Outcome { APPROPRIATE, CONCERN }

    @Schema(name = "BreakGlassOpening")
    public record Opening(UUID id, UUID staffId, String staffName, UUID patientId, String reason, Instant grantedAt,
            Instant expiresAt, String reviewedByName, Instant reviewedAt, Outcome outcome, String reviewNote) {

        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    private static final String SELECT = "select b.id, b.staff_id, b.staff_name, b.patient_id, b.reason, b.granted_at, "
            + "b.expires_at, b.reviewed_by_name, b.reviewed_at, b.review_outcome, b.review_note from break_glass b ";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    BreakGlassLog(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Openings waiting for review (oldest first, so none waits for ever), or those already reviewed (newest first). */
    @Transactional(readOnly = true)
    public Page<Opening> list(CurrentUser user, boolean reviewed, PageRequest page) {
        return PagedQuery.of(jdbc, page,
                SELECT + "where b.organisation_id = ? and b.reviewed_at is " + (reviewed ? "not null" : "null"),
                "b.granted_at " + (reviewed ? "desc" : "asc") + ", b.id", BreakGlassLog::map, user.organisationId());
    }

    /** How many openings wait for review. */
    @Transactional(readOnly = true)
    public long waiting(CurrentUser user) {
        return jdbc.sql("select count(*) from break_glass where organisation_id = ? and reviewed_at is null")
                .param(user.organisationId()).query(Long.class).single();
    }

    @Transactional
    public Opening review(CurrentUser user, UUID id, Outcome outcome, String note) {
        String text = Text.blankToNull(note);
        if (outcome == null) {
            throw new InvalidInputException(Map.of("outcome", Messages.text("access.review.outcome.blank")));
        }
        if (outcome == Outcome.CONCERN && text == null) {
            throw new InvalidInputException(Map.of("note", Messages.text("access.review.note.concern")));
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException(Map.of("note", Messages.text("access.review.note.long")));
        }
        Opening opening = require(user, id);
        if (opening.staffId().equals(user.staffId())) {
            throw new NotAllowedException("access.review-own-break-glass",
                    Messages.text("access.refusal.review-own"));
        }
        int updated = jdbc.sql("update break_glass set reviewed_by = ?, reviewed_by_name = ?, reviewed_at = ?, "
                + "review_outcome = ?, review_note = ? where organisation_id = ? and id = ? and reviewed_at is null")
                .params(user.staffId(), user.displayName(), Time.db(clock.instant()), outcome.name(), text,
                        user.organisationId(), id)
                .update();
        if (updated == 0) {
            throw new ConflictException("access.break-glass-reviewed",
                    Messages.text("access.refusal.already-reviewed"));
        }
        audit.record(new AuditEntry(user, opening.patientId(), "access.break-glass-reviewed", "break-glass", id,
                outcome.name() + (text == null ? "" : ": " + text)));
        return require(user, id);
    }

    private Opening require(CurrentUser user, UUID id) {
        return jdbc.sql(SELECT + "where b.organisation_id = ? and b.id = ?").params(user.organisationId(), id)
                .query(BreakGlassLog::map).optional()
                .orElseThrow(() -> new NotFoundException("access.break-glass-not-found",
                        Messages.text("access.refusal.break-glass-not-found")));
    }

    private static Opening map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString(10);
        return new Opening(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getString(5), Time.instant(rs.getObject(6, OffsetDateTime.class)),
                Time.instant(rs.getObject(7, OffsetDateTime.class)), rs.getString(8),
                Time.instant(rs.getObject(9, OffsetDateTime.class)), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString(11));
    }
}
