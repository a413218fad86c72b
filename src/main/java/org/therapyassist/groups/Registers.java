package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.groups.GroupClasses.Session;
import org.therapyassist.groups.GroupClasses.SessionStatus;
import org.therapyassist.outcomes.MeasureLibrary;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * The attendance register of one session. Saving it once writes one signed group record with a line per enrolled
 * patient; the line shows in each attendee's record. It never changes afterwards: corrections are amendments.
 */
@Service
public class Registers {

    @Schema(name = "RegisterLine")
    public record Line(UUID patientId, String patientName, String nhsNumber, Outcome outcome, String note,
            Outcome correctedOutcome) {

        /** The outcome after any amendment. */
        public Outcome effectiveOutcome() {
            return correctedOutcome != null ? correctedOutcome : outcome;
        }
    }

    @Schema(name = "RegisterAmendment")
    public record Amendment(UUID id, UUID patientId, String patientName, Outcome correctedOutcome, String reason,
            String byName, Instant at) {
    }

    public record GroupRecord(UUID id, UUID sessionId, String leaderName, String recordedByName, Instant recordedAt,
            Instant signedAt, String groupNote, List<Line> lines, List<Amendment> amendments) {

        public long attended() {
            return lines.stream().filter(l -> l.effectiveOutcome() == Outcome.ATTENDED).count();
        }
    }

    /** The register as the leader sees it: who is enrolled, and the signed record once there is one. */
    @Schema(name = "GroupRegister")
    public record Sheet(Session session, GroupClasses.ClassTemplate template, List<Enrolments.Enrolment> enrolled,
            Optional<GroupRecord> record) {
    }

    /**
     * @param measures
     *            optional per-patient measures taken in the session (a single-value measure such as Timed Up and
     *            Go or the 6-minute walk); each becomes a measure result on the patient's record, dated the session
     */
    public record SaveRegister(String groupNote, List<GroupRules.Line> lines, Integer sessionVersion,
            List<MeasureEntry> measures) {

        public SaveRegister {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }

        public SaveRegister(String groupNote, List<GroupRules.Line> lines, Integer sessionVersion) {
            this(groupNote, lines, sessionVersion, List.of());
        }
    }

    /** A measure taken for one attendee during the session: the measure's key and the value entered. */
    @Schema(name = "GroupMeasureEntry")
    public record MeasureEntry(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID patientId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
                    "TUG", "CHAIR_STAND_30S", "WALK_10M", "WALK_6MIN", "PAIN_NRS"}) String measureKey,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value) {
    }

    /** Measures quick enough to take in a class, each entered as one value. */
    public static final List<String> CLASS_MEASURES = List.of(MeasureLibrary.TUG, MeasureLibrary.CHAIR_STAND,
            MeasureLibrary.TEN_METRE_WALK, MeasureLibrary.SIX_MINUTE_WALK, MeasureLibrary.PAIN);

    public record Amend(UUID patientId, Outcome correctedOutcome, String reason) {
    }

    private final JdbcClient jdbc;
    private final GroupClasses classes;
    private final Enrolments enrolments;
    private final SignedRegisters signed;
    private final PatientAccess access;
    private final MeasureResults measures;
    private final Clock clock;

    Registers(JdbcClient jdbc, GroupClasses classes, Enrolments enrolments, SignedRegisters signed,
            PatientAccess access,
            MeasureResults measures, Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.enrolments = enrolments;
        this.signed = signed;
        this.access = access;
        this.measures = measures;
        this.clock = clock;
    }

    @Transactional
    public Sheet sheet(CurrentUser user, UUID sessionId) {
        Session session = classes.requireSession(user.organisationId(), sessionId);
        requireLeaderOrRegistrant(user, session);
        var template = classes.require(user.organisationId(), session.classId());
        Optional<GroupRecord> record = recordOf(user.organisationId(), sessionId);
        // Only the enrolled: at most the class's capacity (60), so the register is whole.
        List<Enrolments.Enrolment> enrolled = enrolments.ofClass(user, session.classId(), Enrolments.Status.ENROLLED,
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        return new Sheet(session, template, enrolled, record);
    }

    @Transactional
    public GroupRecord save(CurrentUser user, UUID sessionId, SaveRegister command) {
        Session session = classes.requireSession(user.organisationId(), sessionId);
        requireLeaderOrRegistrant(user, session);
        if (session.status() == SessionStatus.RECORDED) {
            throw new ConflictException("group.register-signed",
                    Messages.text("groups.refusal.register-signed"));
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw new ConflictException("group.session-cancelled",
                    Messages.text("groups.refusal.session-cancelled"));
        }
        if (session.date().isAfter(Time.today(clock))) {
            throw new RefusedException("group.session-in-future",
                    Messages.text("groups.refusal.register-too-early"));
        }
        if (command.groupNote() != null && command.groupNote().length() > 2000) {
            throw new InvalidInputException(Map.of("groupNote", Messages.text("groups.field.group-note.size")));
        }
        List<GroupRules.Line> lines = command.lines() == null ? List.of() : command.lines();
        Map<UUID, UUID> enrolmentByPatient = jdbc
                .sql("select patient_id, id from group_enrolment where class_id = ? and status = 'ENROLLED'")
                .param(session.classId())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<UUID> enrolled = enrolmentByPatient.keySet();
        // H40: attendance for someone who is not enrolled is refused outright, whatever else is on the register.
        List<UUID> strangers = lines.stream().map(GroupRules.Line::patientId)
                .filter(p -> p == null || !enrolled.contains(p)).toList();
        if (!strangers.isEmpty()) {
            throw new RefusedException("group.patient-not-enrolled",
                    Messages.text("groups.refusal.not-enrolled"),
                    Map.of("patientIds", strangers));
        }
        Map<String, String> errors = new LinkedHashMap<>(GroupRules.checkRegister(enrolled, lines));
        errors.putAll(GroupRules.checkMeasures(enrolled, lines, command.measures()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID recordId = Ids.newId();
        lines.forEach(l -> access.check(user, l.patientId(), PatientAction.RECORD_GROUP_ATTENDANCE, recordId));
        int version = command.sessionVersion() == null ? session.version() : command.sessionVersion();
        int updated = jdbc
                .sql("update group_session set status = 'RECORDED', version = version + 1 where id = ? and version = ? "
                        + "and status = 'SCHEDULED'")
                .params(sessionId, version).update();
        if (updated == 0) {
            throw new ConflictException("group.session-changed",
                    Messages.text("groups.refusal.session-changed-register"));
        }
        var now = Time.db(clock.instant());
        jdbc.sql(
                "insert into group_record (id, organisation_id, session_id, leader_id, recorded_by, recorded_at, signed_at, group_note) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(recordId, user.organisationId(), sessionId, session.leaderId(), user.staffId(), now, now,
                        Text.blankToNull(command.groupNote()))
                .update();
        for (GroupRules.Line line : lines) {
            jdbc.sql(
                    "insert into group_attendance (id, organisation_id, record_id, session_id, patient_id, enrolment_id, outcome, note) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(Ids.newId(), user.organisationId(), recordId, sessionId, line.patientId(),
                            enrolmentByPatient.get(line.patientId()), line.outcome().name(),
                            Text.blankToNull(line.note()))
                    .update();
        }
        var template = classes.require(user.organisationId(), session.classId());
        Map<UUID, UUID> episodeOf = jdbc
                .sql("select patient_id, episode_id from group_enrolment where class_id = ? and status = 'ENROLLED'")
                .param(session.classId())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        for (MeasureEntry m : command.measures()) {
            try {
                measures.record(user, m.patientId(), new MeasureResults.NewResult(m.measureKey(),
                        episodeOf.get(m.patientId()), null, session.date(), List.of(m.value()), null, null,
                        "Taken at " + template.name()));
            } catch (InvalidInputException e) {
                // The whole register rolls back; the message goes beside that patient's measure.
                throw new InvalidInputException(
                        Map.of("measure-" + m.patientId(), e.fieldErrors().values().iterator().next()));
            }
        }
        return recordOf(user.organisationId(), sessionId).orElseThrow();
    }

    /** A correction to a signed register: the original stays as it was, the amendment is shown beside it. */
    @Transactional
    public GroupRecord amend(CurrentUser user, UUID sessionId, Amend command) {
        Session session = classes.requireSession(user.organisationId(), sessionId);
        requireLeaderOrRegistrant(user, session);
        GroupRecord record = recordOf(user.organisationId(), sessionId)
                .orElseThrow(() -> new ConflictException("group.register-not-signed",
                        Messages.text("groups.refusal.no-register")));
        Map<String, String> errors = new HashMap<>();
        if (Text.blankToNull(command.reason()) == null || command.reason().strip().length() > 1000) {
            errors.put("reason", Messages.text("groups.field.amend.reason"));
        }
        if (command.patientId() != null
                && record.lines().stream().noneMatch(l -> l.patientId().equals(command.patientId()))) {
            errors.put("patientId", Messages.text("groups.field.amend.patient"));
        }
        if (command.correctedOutcome() != null && command.patientId() == null) {
            errors.put("patientId", Messages.text("groups.field.amend.whose"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        if (command.patientId() != null) {
            access.check(user, command.patientId(), PatientAction.AMEND_GROUP_ATTENDANCE, record.id());
        }
        jdbc.sql(
                "insert into group_record_amendment (id, organisation_id, record_id, patient_id, corrected_outcome, reason, "
                        + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), record.id(), command.patientId(),
                        command.correctedOutcome() == null ? null : command.correctedOutcome().name(),
                        command.reason().strip(),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        return recordOf(user.organisationId(), sessionId).orElseThrow();
    }

    /** The session's signed register, if it has one: lines by patient name, amendments in the order made. */
    @Transactional(readOnly = true)
    public Optional<GroupRecord> recordOf(UUID organisationId, UUID sessionId) {
        return signed.of(organisationId, sessionId);
    }

    private static void requireLeaderOrRegistrant(CurrentUser user, Session session) {
        if (!user.isRegistrant() && !user.is(session.leaderId())) {
            throw new NotAllowedException("group.not-leader",
                    Messages.text("groups.refusal.take-who"));
        }
    }

    /** Thrown away when not found; kept for the API's 404. */
    static NotFoundException noRecord() {
        return new NotFoundException("group.register-not-found", Messages.text("groups.refusal.register-not-found"));
    }
}
