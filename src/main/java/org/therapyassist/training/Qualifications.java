package org.therapyassist.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;
import org.therapyassist.staff.StaffRecordAccess;

/** Qualifications a person holds or is working towards; progress (in progress, then achieved) is a new entry. */
@Service
public class Qualifications {

    public record NewQualification(QualificationKind kind, QualificationKind.Status status, LocalDate achievedOn,
            String awardingBody, UUID evidenceId) {
    }

    public record Qualification(UUID id, UUID staffId, QualificationKind kind, String title,
            QualificationKind.Status status,
            LocalDate achievedOn, String awardingBody, UUID evidenceId, String evidenceName, String recordedByName,
            Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Training training;
    private final StaffRecordAccess access;
    private final StaffNames names;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final Clock clock;

    Qualifications(JdbcClient jdbc, Training training, StaffRecordAccess access, StaffNames names,
            EvidenceFiles evidence, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.names = names;
        this.training = training;
        this.access = access;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Qualification add(CurrentUser user, UUID staffId, NewQualification command) {
        return add(user, staffId, command, null);
    }

    @Transactional
    public Qualification add(CurrentUser user, UUID staffId, NewQualification command, MultipartFile certificate) {
        StaffMember person = training.requireRecorder(user, staffId);
        boolean uploading = certificate != null && !certificate.isEmpty();
        Map<String, String> errors = new LinkedHashMap<>();
        if (command.kind() == null) {
            errors.put("kind", Messages.text("training.qualification.kind.blank"));
        }
        if (command.status() == null) {
            errors.put("status", Messages.text("training.qualification.status.blank"));
        } else if (command.status() == QualificationKind.Status.ACHIEVED && command.achievedOn() == null) {
            errors.put("achievedOn", Messages.text("training.qualification.achieved-on.blank"));
        }
        if (command.achievedOn() != null && command.achievedOn().isAfter(Time.today(clock))) {
            errors.put("achievedOn", Messages.text("training.qualification.achieved-on.future"));
        }
        if (command.awardingBody() != null && command.awardingBody().length() > 200) {
            errors.put("awardingBody", Messages.text("training.qualification.awarding-body.long"));
        }
        if (uploading) {
            evidence.problemWith(certificate).ifPresent(p -> errors.put(EvidenceFiles.FIELD, p));
        } else if (command.evidenceId() != null
                && evidence.find(user.organisationId(), command.evidenceId()).filter(f -> f.staffId().equals(staffId))
                        .isEmpty()) {
            errors.put("evidenceId", Messages.text("training.evidence.not-uploaded"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID evidenceId = uploading ? evidence.store(user, staffId, certificate).id() : command.evidenceId();
        UUID id = Ids.newId();
        LocalDate achievedOn = command.status() == QualificationKind.Status.ACHIEVED ? command.achievedOn() : null;
        jdbc.sql("insert into qualification (id, organisation_id, staff_id, kind, status, achieved_on, awarding_body, "
                + "evidence_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, command.kind().name(), command.status().name(), achievedOn,
                        Text.blankToNull(command.awardingBody()), evidenceId, user.staffId(), Time.db(clock.instant()))
                .update();
        audit.record(new AuditEntry(user, null, "workforce.record-qualification", "qualification", id,
                person.displayName() + " " + command.kind().name() + " " + command.status().name()));
        return list(user.organisationId(), "q.organisation_id = ? and q.id = ?", user.organisationId(), id)
                .getFirst();
    }

    @Transactional(readOnly = true)
    public List<Qualification> of(CurrentUser user, UUID staffId) {
        access.requireSee(user, staffId);
        return of(user.organisationId(), staffId);
    }

    /**
     * A person's qualifications, newest entry first; the caller decides who may see them (for the competency passport
     * and the career pathway).
     */
    @Transactional(readOnly = true)
    public List<Qualification> of(UUID organisationId, UUID staffId) {
        return list(organisationId, "q.organisation_id = ? and q.staff_id = ? order by q.recorded_at desc",
                organisationId, staffId);
    }

    /** A person's qualifications, newest entry first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Qualification> of(CurrentUser user, UUID staffId, PageRequest page) {
        access.requireSee(user, staffId);
        return names.complete(user.organisationId(), PagedQuery.of(jdbc, page, COLUMNS,
                FROM + "where q.organisation_id = ? and q.staff_id = ?", "q.recorded_at desc, q.id",
                Qualifications::qualification, user.organisationId(), staffId));
    }

    private static final String COLUMNS = "select q.*, e.original_name";
    private static final String FROM = "from qualification q left join evidence_file e on e.id = q.evidence_id ";

    private List<Qualification> list(UUID organisationId, String where, Object... params) {
        return names.complete(organisationId, jdbc.sql(COLUMNS + " " + FROM + "where " + where).params(params)
                .query(Qualifications::qualification).list());
    }

    /** An entry waiting for the name of who recorded it, which the staff directory gives. */
    private static StaffNames.Awaiting<Qualification> qualification(ResultSet rs, int n)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID staffId = rs.getObject("staff_id", UUID.class);
        QualificationKind kind = QualificationKind.valueOf(rs.getString("kind"));
        var status = QualificationKind.Status.valueOf(rs.getString("status"));
        LocalDate achievedOn = rs.getObject("achieved_on", LocalDate.class);
        String awardingBody = rs.getString("awarding_body");
        UUID evidenceId = rs.getObject("evidence_id", UUID.class);
        String evidenceName = rs.getString("original_name");
        UUID recordedBy = rs.getObject("recorded_by", UUID.class);
        Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return StaffNames.awaiting(names -> new Qualification(id, staffId, kind, kind.title(), status, achievedOn,
                awardingBody, evidenceId, evidenceName, names.person(recordedBy), recordedAt), recordedBy);
    }
}
