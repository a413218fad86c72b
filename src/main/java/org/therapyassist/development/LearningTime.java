package org.therapyassist.development;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.development.LearningTimeRules.SessionStatus;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;
import org.therapyassist.staff.StaffRecordAccess;

/**
 * Ring-fenced learning time: a lead agrees hours per month with a person; sessions are booked, then taken or
 * cancelled with a reason. Cancelled protected time is kept and shown, because that is what managers must act on.
 */
@Service
public class LearningTime {

    public static final int MONTHS_SHOWN = 6;

    @Schema(name = "LearningTimeAgreement")
    public record Agreement(BigDecimal hoursPerMonth, LocalDate agreedFrom, String agreedByName) {
    }

    @Schema(name = "NewLearningSession")
    public record NewSession(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate sessionOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", exclusiveMinimum = true, maximum = "12", example = "1.5") BigDecimal hours,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String activity) {
    }

    @Schema(name = "LearningSession")
    public record Session(UUID id, UUID staffId, LocalDate sessionOn, BigDecimal hours, String activity,
            SessionStatus status, String cancelReason, String bookedByName, String closedByName, int version) {
    }

    @Schema(name = "LearningTimeOverview")
    public record Overview(Agreement agreement, List<LearningTimeRules.Month> months, List<Session> sessions) {
    }

    private final JdbcClient jdbc;
    private final StaffRecordAccess access;
    private final StaffNames names;
    private final AuditTrail audit;
    private final Clock clock;

    LearningTime(JdbcClient jdbc, StaffRecordAccess access, StaffNames names, AuditTrail audit, Clock clock) {
        this.names = names;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A lead or registrant agrees the monthly hours, from the first of this month unless another date is given. */
    @Transactional
    public Agreement agree(CurrentUser user, UUID staffId, BigDecimal hoursPerMonth, LocalDate agreedFrom) {
        StaffMember person = access.requireLead(user, staffId, "learning-time.lead-only",
                Messages.text("development.refusal.learning-time-agreed-by"));
        if (person.id().equals(user.staffId())) {
            throw new NotAllowedException("learning-time.own",
                    Messages.text("development.refusal.own-learning-time"));
        }
        if (hoursPerMonth == null || hoursPerMonth.signum() < 0 || hoursPerMonth.compareTo(BigDecimal.valueOf(80)) > 0
                || hoursPerMonth.scale() > 1) {
            throw new InvalidInputException(
                    Map.of("hoursPerMonth", Messages.text("development.learning.per-month.invalid")));
        }
        LocalDate from = agreedFrom != null ? agreedFrom : Time.today(clock).withDayOfMonth(1);
        jdbc.sql(
                "insert into learning_time_agreement (id, organisation_id, staff_id, hours_per_month, agreed_from, agreed_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), staffId, hoursPerMonth, from, user.staffId(),
                        Time.db(clock.instant()))
                .update();
        audit.record(new AuditEntry(user, null, "workforce.agree-learning-time", "staff-member", staffId,
                person.displayName() + " " + hoursPerMonth + " h/month from " + from));
        return new Agreement(hoursPerMonth, from, user.displayName());
    }

    @Transactional
    public Session book(CurrentUser user, UUID staffId, NewSession command) {
        access.requireSee(user, staffId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.sessionOn() == null) {
            errors.put("sessionOn", Messages.text("development.learning.date.blank"));
        }
        if (command.hours() == null || command.hours().signum() <= 0
                || command.hours().compareTo(BigDecimal.valueOf(12)) > 0
                || command.hours().scale() > 1) {
            errors.put("hours", Messages.text("development.learning.hours.invalid"));
        }
        if (command.activity() == null || command.activity().isBlank()) {
            errors.put("activity", Messages.text("development.learning.activity.blank"));
        } else if (command.activity().length() > 300) {
            errors.put("activity", Messages.text("development.learning.activity.long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into learning_session (id, organisation_id, staff_id, session_on, hours, activity, status, booked_by, "
                        + "booked_at, version) values (?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, 0)")
                .params(id, user.organisationId(), staffId, command.sessionOn(), command.hours(),
                        command.activity().strip(),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        return require(user, id);
    }

    @Transactional
    public Session markTaken(CurrentUser user, UUID sessionId) {
        Session s = require(user, sessionId);
        if (s.sessionOn().isAfter(Time.today(clock))) {
            throw new ConflictException("learning-time.not-yet", Messages.text("development.refusal.learning-not-yet"));
        }
        return close(user, s, SessionStatus.TAKEN, null);
    }

    @Transactional
    public Session cancel(CurrentUser user, UUID sessionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", Messages.text("development.learning.reason.blank")));
        }
        if (reason.length() > 500) {
            throw new InvalidInputException(Map.of("reason", Messages.text("development.learning.reason.long")));
        }
        return close(user, require(user, sessionId), SessionStatus.CANCELLED, reason.strip());
    }

    private Session close(CurrentUser user, Session s, SessionStatus status, String reason) {
        int rows = jdbc.sql("update learning_session set status = ?, cancel_reason = ?, closed_by = ?, closed_at = ?, "
                + "version = version + 1 where organisation_id = ? and id = ? and status = 'BOOKED' and version = ?")
                .params(status.name(), reason, user.staffId(), Time.db(clock.instant()), user.organisationId(), s.id(),
                        s.version())
                .update();
        if (rows != 1) {
            throw new ConflictException("learning-time.already-closed",
                    Messages.text("development.refusal.learning-closed"));
        }
        audit.record(new AuditEntry(user, null, "workforce.learning-session-" + status.name().toLowerCase(),
                "learning-session",
                s.id(), reason));
        return require(user, s.id());
    }

    /** The agreement in force, the last six months planned against taken, and the sessions of those months. */
    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user, UUID staffId) {
        access.requireSee(user, staffId);
        YearMonth thisMonth = YearMonth.from(Time.today(clock));
        LocalDate since = thisMonth.minusMonths(MONTHS_SHOWN - 1L).atDay(1);
        List<Agreement> agreements = names.complete(user.organisationId(), jdbc
                .sql("select a.hours_per_month, a.agreed_from, a.agreed_by from learning_time_agreement a "
                        + "where a.organisation_id = ? and a.staff_id = ? order by a.agreed_from desc, a.recorded_at desc")
                .params(user.organisationId(), staffId)
                .query((rs, n) -> {
                    BigDecimal hours = rs.getBigDecimal(1);
                    LocalDate from = rs.getObject(2, LocalDate.class);
                    UUID by = rs.getObject(3, UUID.class);
                    return StaffNames.awaiting(found -> new Agreement(hours, from, found.person(by)), by);
                })
                .list());
        // The six months shown and the year ahead, at most a page of the largest size.
        List<Session> sessions = sessions(
                "s.organisation_id = ? and s.staff_id = ? and s.session_on >= ? and s.session_on <= ? "
                        + "order by s.session_on desc, s.id desc limit ?",
                user.organisationId(), staffId, since,
                Time.today(clock).plusYears(1), PageRequest.MAX_SIZE);
        var months = LearningTimeRules.months(thisMonth, MONTHS_SHOWN,
                agreements.stream().map(a -> new LearningTimeRules.AgreementPoint(a.agreedFrom(), a.hoursPerMonth()))
                        .toList(),
                sessions.stream().map(s -> new LearningTimeRules.SessionPoint(s.sessionOn(), s.hours(), s.status()))
                        .toList());
        LocalDate today = Time.today(clock);
        Agreement current = agreements.stream().filter(a -> !a.agreedFrom().isAfter(today)).findFirst().orElse(null);
        return new Overview(current, months.reversed(), sessions);
    }

    private Session require(CurrentUser user, UUID sessionId) {
        Session s = sessions("s.organisation_id = ? and s.id = ?", user.organisationId(), sessionId).stream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("learning-time.not-found",
                                Messages.text("development.refusal.no-learning-session")));
        access.requireSee(user, s.staffId());
        return s;
    }

    /** Sessions with the names of who booked and closed them; the first parameter is the organisation. */
    private List<Session> sessions(String where, Object... params) {
        return names.complete((UUID) params[0], jdbc.sql("select s.* from learning_session s where " + where)
                .params(params).query(LearningTime::map).list());
    }

    private static StaffNames.Awaiting<Session> map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID staffId = rs.getObject("staff_id", UUID.class);
        LocalDate sessionOn = rs.getObject("session_on", LocalDate.class);
        BigDecimal hours = rs.getBigDecimal("hours");
        String activity = rs.getString("activity");
        SessionStatus status = SessionStatus.valueOf(rs.getString("status"));
        String cancelReason = rs.getString("cancel_reason");
        UUID bookedBy = rs.getObject("booked_by", UUID.class);
        UUID closedBy = rs.getObject("closed_by", UUID.class);
        int version = rs.getInt("version");
        return StaffNames.awaiting(found -> new Session(id, staffId, sessionOn, hours, activity, status, cancelReason,
                found.person(bookedBy), found.person(closedBy), version), bookedBy, closedBy);
    }
}
