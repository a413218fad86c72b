package org.therapyassist.training;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;
import org.therapyassist.staff.StaffRecordAccess;

/**
 * Completed training per person against the mandatory training catalogue. A renewal is a new record; nothing is
 * changed or deleted. People record their own training with a certificate; supervisors and leads record anyone's.
 */
@Service
public class Training {

    @Schema(name = "TrainingCourse")
    public record Course(String code, String title, int renewalMonths, boolean mandatory) {
    }

    public record NewRecord(String courseCode, LocalDate completedOn, LocalDate expiresOn, String provider,
            UUID evidenceId) {
    }

    @Schema(name = "TrainingRecord")
    public record Record(UUID id, UUID staffId, String courseCode, String courseTitle, LocalDate completedOn,
            LocalDate expiresOn, String provider, UUID evidenceId, String evidenceName, String recordedByName,
            Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final StaffRecordAccess access;
    private final StaffLookup lookup;
    private final StaffNames names;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Training(JdbcClient jdbc, StaffRecordAccess access, StaffLookup lookup, StaffNames names, EvidenceFiles evidence,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.lookup = lookup;
        this.names = names;
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member of staff's latest completion of a mandatory course, due for renewal by a date (or expired). */
    public record Expiring(UUID recordId, UUID staffId, String courseTitle, LocalDate expiresOn) {
    }

    /** Mandatory training of enabled staff expiring on or before {@code by}: the latest completion per course. */
    @Transactional(readOnly = true)
    public List<Expiring> expiringBy(UUID organisationId, LocalDate by) {
        List<Expiring> expiring = jdbc.sql("select r.id, r.staff_id, c.title, r.expires_on from training_record r "
                + "join training_course c on c.code = r.course_code "
                + "where r.organisation_id = ? and c.mandatory = true and r.expires_on <= ? "
                + "and not exists (select 1 from training_record later where later.organisation_id = r.organisation_id "
                + "and later.staff_id = r.staff_id and later.course_code = r.course_code "
                + "and later.expires_on > r.expires_on)")
                .params(organisationId, by)
                .query((rs, n) -> new Expiring(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
        // Only people still in post: the directory says which.
        Set<UUID> enabled = lookup.enabledAmong(organisationId, expiring.stream().map(Expiring::staffId).toList());
        return expiring.stream().filter(e -> enabled.contains(e.staffId())).toList();
    }

    @Transactional(readOnly = true)
    public List<Course> courses() {
        return jdbc.sql("select code, title, renewal_months, mandatory from training_course order by position")
                .query((rs, n) -> new Course(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4))).list();
    }

    /** Records training with an already uploaded certificate (or none, when a supervisor records it). */
    @Transactional
    public Record record(CurrentUser user, UUID staffId, NewRecord command) {
        return record(user, staffId, command, null);
    }

    /** Records training and stores its certificate in one go: a bad file or a bad field stores nothing. */
    @Transactional
    public Record record(CurrentUser user, UUID staffId, NewRecord command, MultipartFile certificate) {
        StaffMember person = requireRecorder(user, staffId);
        boolean uploading = certificate != null && !certificate.isEmpty();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate expiry = validate(command, errors);
        if (uploading) {
            evidence.problemWith(certificate).ifPresent(p -> errors.put(EvidenceFiles.FIELD, p));
        } else if (command.evidenceId() != null) {
            evidence.find(user.organisationId(), command.evidenceId()).filter(f -> f.staffId().equals(staffId))
                    .ifPresentOrElse(f -> {},
                            () -> errors.put("evidenceId", Messages.text("training.evidence.not-uploaded")));
        } else if (person.id().equals(user.staffId()) && !access.isLead(user)) {
            errors.put(EvidenceFiles.FIELD, Messages.text("training.evidence.needed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID evidenceId = uploading ? evidence.store(user, staffId, certificate).id() : command.evidenceId();
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into training_record (id, organisation_id, staff_id, course_code, completed_on, expires_on, provider, "
                        + "evidence_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, command.courseCode(), command.completedOn(), expiry,
                        Text.blankToNull(command.provider()), evidenceId, user.staffId(), Time.db(clock.instant()))
                .update();
        // Renewed: the reminders about earlier completions of the course that expire sooner are answered.
        List<UUID> renewed = jdbc.sql("select id from training_record where organisation_id = ? and staff_id = ? "
                + "and course_code = ? and id <> ? and expires_on < ?")
                .params(user.organisationId(), staffId, command.courseCode(), id, expiry).query(UUID.class).list();
        events.publishEvent(new TrainingRecorded(user.organisationId(), staffId, command.courseCode(), id, renewed,
                command.completedOn(), user.staffId(), user.displayName()));
        audit.record(new AuditEntry(user, null, "workforce.record-training", "training-record", id,
                person.displayName() + " " + command.courseCode() + " until " + expiry));
        return records(user.organisationId(), "r.organisation_id = ? and r.id = ?", user.organisationId(), id)
                .getFirst();
    }

    private LocalDate validate(NewRecord command, Map<String, String> errors) {
        Integer months = command.courseCode() == null
                ? null
                : jdbc.sql("select renewal_months from training_course where code = ?").param(command.courseCode())
                        .query(Integer.class).optional().orElse(null);
        if (months == null) {
            errors.put("courseCode", Messages.text("training.course.blank"));
        }
        if (command.completedOn() == null) {
            errors.put("completedOn", Messages.text("training.completed-on.blank"));
        }
        if (command.provider() != null && command.provider().length() > 200) {
            errors.put("provider", Messages.text("training.provider.long"));
        }
        if (months == null || command.completedOn() == null) {
            return null;
        }
        try {
            return TrainingRules.expiry(command.completedOn(), command.expiresOn(), months, Time.today(clock));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
            return null;
        }
    }

    /** The person themselves, or a supervisor or lead of the organisation. */
    StaffMember requireRecorder(CurrentUser user, UUID staffId) {
        StaffMember person = access.requireSee(user, staffId);
        if (!person.id().equals(user.staffId()) && !access.isLead(user)) {
            throw new NotAllowedException("training.not-yours", Messages.text("training.refusal.not-yours"));
        }
        return person;
    }

    /** A person's training, newest first, including every earlier record that a renewal replaced. */
    @Transactional(readOnly = true)
    public Page<Record> recordsOf(CurrentUser user, UUID staffId, PageRequest page) {
        access.requireSee(user, staffId);
        return names.complete(user.organisationId(), PagedQuery.of(jdbc, page, RECORD_COLUMNS,
                RECORD_FROM + "where r.organisation_id = ? and r.staff_id = ?", RECORD_ORDER, Training::map,
                user.organisationId(), staffId));
    }

    /**
     * A person's training, newest first, including every earlier record that a renewal replaced; the caller decides
     * who may see it (for the competency passport).
     */
    @Transactional(readOnly = true)
    public List<Record> recordsOf(UUID organisationId, UUID staffId) {
        return records(organisationId, "r.organisation_id = ? and r.staff_id = ? order by " + RECORD_ORDER,
                organisationId, staffId);
    }

    private static final String RECORD_COLUMNS = "select r.*, c.title, e.original_name";
    private static final String RECORD_FROM = "from training_record r join training_course c on c.code = r.course_code "
            + "left join evidence_file e on e.id = r.evidence_id ";
    private static final String RECORD_ORDER = "r.completed_on desc, r.recorded_at desc, r.id";

    private List<Record> records(UUID organisationId, String where, Object... params) {
        return names.complete(organisationId,
                jdbc.sql(RECORD_COLUMNS + " " + RECORD_FROM + "where " + where).params(params).query(Training::map)
                        .list());
    }

    /** A record waiting for the name of who recorded it, which the staff directory gives. */
    private static StaffNames.Awaiting<Record> map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID staffId = rs.getObject("staff_id", UUID.class);
        String code = rs.getString("course_code");
        String title = rs.getString("title");
        LocalDate completedOn = rs.getObject("completed_on", LocalDate.class);
        LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
        String provider = rs.getString("provider");
        UUID evidenceId = rs.getObject("evidence_id", UUID.class);
        String evidenceName = rs.getString("original_name");
        UUID recordedBy = rs.getObject("recorded_by", UUID.class);
        Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return StaffNames.awaiting(names -> new Record(id, staffId, code, title, completedOn, expiresOn, provider,
                evidenceId, evidenceName, names.person(recordedBy), recordedAt), recordedBy);
    }
}
