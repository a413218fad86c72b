package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
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
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffNames;

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
     * @param measures optional per-patient measures taken in the session (a single-value measure such as Timed Up and
     *                 Go or the 6-minute walk); each becomes a measure result on the patient's record, dated the session
     */
    public record SaveRegister(String groupNote, List<GroupRules.Line> lines, Integer sessionVersion, List<MeasureEntry> measures) {

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
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"TUG", "CHAIR_STAND_30S", "WALK_10M", "WALK_6MIN", "PAIN_NRS"}) String measureKey,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) java.math.BigDecimal value) {
    }

    /** Measures quick enough to take in a class, each entered as one value. */
    public static final List<String> CLASS_MEASURES = List.of(org.therapyassist.outcomes.MeasureLibrary.TUG,
            org.therapyassist.outcomes.MeasureLibrary.CHAIR_STAND, org.therapyassist.outcomes.MeasureLibrary.TEN_METRE_WALK,
            org.therapyassist.outcomes.MeasureLibrary.SIX_MINUTE_WALK, org.therapyassist.outcomes.MeasureLibrary.PAIN);

    public record Amend(UUID patientId, Outcome correctedOutcome, String reason) {
    }

    /** One line of a patient's attendance history, for their record and timeline. */
    public record PatientAttendance(UUID recordId, UUID sessionId, UUID classId, String className, LocalDate date,
            Outcome outcome, Outcome correctedOutcome, String note, String leaderName, Instant recordedAt) {

        public Outcome effectiveOutcome() {
            return correctedOutcome != null ? correctedOutcome : outcome;
        }
    }

    private final JdbcClient jdbc;
    private final GroupClasses classes;
    private final Enrolments enrolments;
    private final PatientAccess access;
    private final Clock clock;

    private final org.therapyassist.outcomes.MeasureResults measures;
    private final StaffNames names;

    Registers(JdbcClient jdbc, GroupClasses classes, Enrolments enrolments, PatientAccess access,
            org.therapyassist.outcomes.MeasureResults measures, Clock clock, StaffNames names) {
        this.names = names;
        this.measures = measures;
        this.jdbc = jdbc;
        this.classes = classes;
        this.enrolments = enrolments;
        this.access = access;
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
                    "The register for this session is already signed; add an amendment to correct it.");
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw new ConflictException("group.session-cancelled", "This session was cancelled, so it has no register.");
        }
        if (session.date().isAfter(Time.today(clock))) {
            throw new RefusedException("group.session-in-future", "The register can be taken on the day of the session or later.");
        }
        if (command.groupNote() != null && command.groupNote().length() > 2000) {
            throw new InvalidInputException(Map.of("groupNote", "The note must be 2000 characters or fewer"));
        }
        List<GroupRules.Line> lines = command.lines() == null ? List.of() : command.lines();
        Map<UUID, UUID> enrolmentByPatient = jdbc.sql("select patient_id, id from group_enrolment where class_id = ? and status = 'ENROLLED'")
                .param(session.classId())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<UUID> enrolled = enrolmentByPatient.keySet();
        // H40: attendance for someone who is not enrolled is refused outright, whatever else is on the register.
        List<UUID> strangers = lines.stream().map(GroupRules.Line::patientId).filter(p -> p == null || !enrolled.contains(p)).toList();
        if (!strangers.isEmpty()) {
            throw new RefusedException("group.patient-not-enrolled",
                    "Attendance can only be recorded for patients enrolled in this class.", Map.of("patientIds", strangers));
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>(GroupRules.checkRegister(enrolled, lines));
        Map<UUID, Outcome> outcomeOf = new java.util.HashMap<>();
        lines.forEach(l -> outcomeOf.put(l.patientId(), l.outcome()));
        for (MeasureEntry m : command.measures()) {
            String field = "measure-" + m.patientId();
            if (m.patientId() == null || !enrolled.contains(m.patientId())) {
                errors.put("measures", "A measure can only be recorded for a patient enrolled in this class");
            } else if (outcomeOf.get(m.patientId()) != Outcome.ATTENDED) {
                errors.put(field, "A measure can only be recorded for someone who attended");
            } else if (m.measureKey() == null || !CLASS_MEASURES.contains(m.measureKey())) {
                errors.put(field, "Choose a measure from the list");
            } else if (m.value() == null) {
                errors.put(field, "Enter the result of the measure");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID recordId = Ids.newId();
        lines.forEach(l -> access.check(user, l.patientId(), PatientAction.RECORD_GROUP_ATTENDANCE, recordId));
        int version = command.sessionVersion() == null ? session.version() : command.sessionVersion();
        int updated = jdbc.sql("update group_session set status = 'RECORDED', version = version + 1 where id = ? and version = ? "
                        + "and status = 'SCHEDULED'")
                .params(sessionId, version).update();
        if (updated == 0) {
            throw new ConflictException("group.session-changed", "This session has changed since you opened it; reload the register.");
        }
        var now = Time.db(clock.instant());
        jdbc.sql("insert into group_record (id, organisation_id, session_id, leader_id, recorded_by, recorded_at, signed_at, group_note) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(recordId, user.organisationId(), sessionId, session.leaderId(), user.staffId(), now, now,
                        Text.blankToNull(command.groupNote()))
                .update();
        for (GroupRules.Line line : lines) {
            jdbc.sql("insert into group_attendance (id, organisation_id, record_id, session_id, patient_id, enrolment_id, outcome, note) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(Ids.newId(), user.organisationId(), recordId, sessionId, line.patientId(),
                            enrolmentByPatient.get(line.patientId()), line.outcome().name(), Text.blankToNull(line.note()))
                    .update();
        }
        var template = classes.require(user.organisationId(), session.classId());
        Map<UUID, UUID> episodeOf = jdbc.sql("select patient_id, episode_id from group_enrolment where class_id = ? and status = 'ENROLLED'")
                .param(session.classId())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        for (MeasureEntry m : command.measures()) {
            try {
                measures.record(user, m.patientId(), new org.therapyassist.outcomes.MeasureResults.NewResult(m.measureKey(),
                        episodeOf.get(m.patientId()), null, session.date(), List.of(m.value()), null, null,
                        "Taken at " + template.name()));
            } catch (InvalidInputException e) {
                // The whole register rolls back; the message goes beside that patient's measure.
                throw new InvalidInputException(Map.of("measure-" + m.patientId(), e.fieldErrors().values().iterator().next()));
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
                .orElseThrow(() -> new ConflictException("group.register-not-signed", "There is no signed register to amend yet."));
        Map<String, String> errors = new HashMap<>();
        if (Text.blankToNull(command.reason()) == null || command.reason().strip().length() > 1000) {
            errors.put("reason", "Say what was wrong and what is right (1000 characters or fewer)");
        }
        if (command.patientId() != null && record.lines().stream().noneMatch(l -> l.patientId().equals(command.patientId()))) {
            errors.put("patientId", "Choose a patient on this register");
        }
        if (command.correctedOutcome() != null && command.patientId() == null) {
            errors.put("patientId", "Choose whose attendance is corrected");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        if (command.patientId() != null) {
            access.check(user, command.patientId(), PatientAction.AMEND_GROUP_ATTENDANCE, record.id());
        }
        jdbc.sql("insert into group_record_amendment (id, organisation_id, record_id, patient_id, corrected_outcome, reason, "
                        + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), record.id(), command.patientId(),
                        command.correctedOutcome() == null ? null : command.correctedOutcome().name(), command.reason().strip(),
                        user.staffId(), Time.db(clock.instant()))
                .update();
        return recordOf(user.organisationId(), sessionId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<GroupRecord> recordOf(UUID organisationId, UUID sessionId) {
        Optional<Object[]> head = names.complete(organisationId, jdbc.sql("select r.id, r.leader_id, r.recorded_by, "
                        + "r.recorded_at, r.signed_at, r.group_note from group_record r "
                        + "where r.organisation_id = ? and r.session_id = ?")
                .params(organisationId, sessionId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    UUID leader = rs.getObject(2, UUID.class);
                    UUID recordedBy = rs.getObject(3, UUID.class);
                    Instant recordedAt = Time.instant(rs.getObject(4, OffsetDateTime.class));
                    Instant signedAt = Time.instant(rs.getObject(5, OffsetDateTime.class));
                    String note = rs.getString(6);
                    return StaffNames.awaiting(name -> new Object[] {id, name.person(leader), name.person(recordedBy),
                            recordedAt, signedAt, note}, leader, recordedBy);
                })
                .optional());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get();
        UUID recordId = (UUID) h[0];
        List<Amendment> amendments = names.complete(organisationId, jdbc.sql("select a.id, a.patient_id, "
                        + "p.given_name || ' ' || p.family_name, a.corrected_outcome, a.reason, a.created_by, a.created_at "
                        + "from group_record_amendment a left join patient p on p.id = a.patient_id "
                        + "where a.record_id = ? order by a.created_at")
                .param(recordId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    UUID patient = rs.getObject(2, UUID.class);
                    String patientName = rs.getString(3);
                    Outcome outcome = rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4));
                    String reason = rs.getString(5);
                    UUID by = rs.getObject(6, UUID.class);
                    Instant at = Time.instant(rs.getObject(7, OffsetDateTime.class));
                    return StaffNames.awaiting(name -> new Amendment(id, patient, patientName, outcome, reason, name.person(by),
                            at), by);
                })
                .list());
        Map<UUID, Outcome> corrected = latestCorrections(amendments);
        List<Line> lines = jdbc.sql("select g.patient_id, p.given_name || ' ' || p.family_name, p.nhs_number, g.outcome, g.note "
                        + "from group_attendance g join patient p on p.id = g.patient_id where g.record_id = ? "
                        + "order by p.family_name, p.given_name")
                .param(recordId)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Outcome.valueOf(rs.getString(4)), rs.getString(5), corrected.get(rs.getObject(1, UUID.class))))
                .list();
        return Optional.of(new GroupRecord(recordId, sessionId, (String) h[1], (String) h[2], (Instant) h[3], (Instant) h[4],
                (String) h[5], lines, amendments));
    }

    /** A patient's attendance at group sessions, newest first; the caller has checked access to the patient. */
    /** A patient's attendance lines, latest session first, a page at a time, each with its corrected outcome. */
    @Transactional(readOnly = true)
    public Page<PatientAttendance> attendanceOf(UUID organisationId, UUID patientId, PageRequest page) {
        Page<PatientAttendance> lines = names.complete(organisationId, PagedQuery.of(jdbc, page,
                ATTENDANCE + "where g.organisation_id = ? and g.patient_id = ?", "s.session_date desc, c.name, r.id",
                Registers::attendanceLine, organisationId, patientId));
        return new Page<>(withCorrections(organisationId, patientId, lines.items()), lines.page(), lines.size(), lines.hasMore(),
                lines.total());
    }

    /** The newest attendance lines by when their register was saved, at most {@code limit} (for the timeline). */
    @Transactional(readOnly = true)
    public List<PatientAttendance> newestRecorded(UUID organisationId, UUID patientId, int limit) {
        return withCorrections(organisationId, patientId, names.complete(organisationId, jdbc.sql(ATTENDANCE
                        + "where g.organisation_id = ? and g.patient_id = ? order by r.recorded_at desc, r.id desc limit ?")
                .params(organisationId, patientId, limit).query(Registers::attendanceLine).list()));
    }

    /** The leader's name comes from the staff directory ({@link #attendanceLine}). */
    private static final String ATTENDANCE = "select r.id, s.id, c.id, c.name, s.session_date, g.outcome, g.note, "
            + "r.leader_id, r.recorded_at from group_attendance g join group_record r on r.id = g.record_id "
            + "join group_session s on s.id = g.session_id join group_class c on c.id = s.class_id ";

    private static StaffNames.Awaiting<PatientAttendance> attendanceLine(java.sql.ResultSet rs, int n)
            throws java.sql.SQLException {
        UUID leader = rs.getObject(8, UUID.class);
        PatientAttendance bare = new PatientAttendance(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, LocalDate.class), Outcome.valueOf(rs.getString(6)),
                null, rs.getString(7), null, Time.instant(rs.getObject(9, OffsetDateTime.class)));
        return StaffNames.awaiting(name -> new PatientAttendance(bare.recordId(), bare.sessionId(), bare.classId(),
                bare.className(), bare.date(), bare.outcome(), null, bare.note(), name.person(leader), bare.recordedAt()), leader);
    }

    private List<PatientAttendance> withCorrections(UUID organisationId, UUID patientId, List<PatientAttendance> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        Map<UUID, Outcome> corrected = new HashMap<>();
        jdbc.sql("select record_id, corrected_outcome from group_record_amendment where organisation_id = :org "
                        + "and patient_id = :patient and corrected_outcome is not null and record_id in (:ids) order by created_at")
                .param("org", organisationId).param("patient", patientId)
                .param("ids", lines.stream().map(PatientAttendance::recordId).toList())
                .query(rs -> {
                    corrected.put(rs.getObject(1, UUID.class), Outcome.valueOf(rs.getString(2)));
                });
        return lines.stream().map(a -> new PatientAttendance(a.recordId(), a.sessionId(), a.classId(), a.className(), a.date(),
                a.outcome(), corrected.get(a.recordId()), a.note(), a.leaderName(), a.recordedAt())).toList();
    }

    public List<PatientAttendance> attendanceOf(UUID organisationId, UUID patientId) {
        Map<UUID, Outcome> corrected = new HashMap<>();
        jdbc.sql("select record_id, corrected_outcome from group_record_amendment where organisation_id = ? and patient_id = ? "
                        + "and corrected_outcome is not null order by created_at")
                .params(organisationId, patientId)
                .query(rs -> {
                    corrected.put(rs.getObject(1, UUID.class), Outcome.valueOf(rs.getString(2)));
                });
        List<PatientAttendance> list = names.complete(organisationId, jdbc.sql(ATTENDANCE
                        + "where g.organisation_id = ? and g.patient_id = ? order by s.session_date desc, c.name")
                .params(organisationId, patientId).query(Registers::attendanceLine).list());
        return list.stream().map(a -> new PatientAttendance(a.recordId(), a.sessionId(), a.classId(), a.className(), a.date(),
                a.outcome(), corrected.get(a.recordId()), a.note(), a.leaderName(), a.recordedAt())).toList();
    }

    private static Map<UUID, Outcome> latestCorrections(List<Amendment> amendments) {
        Map<UUID, Outcome> corrected = new HashMap<>();
        amendments.stream().filter(a -> a.patientId() != null && a.correctedOutcome() != null)
                .forEach(a -> corrected.put(a.patientId(), a.correctedOutcome()));
        return corrected;
    }

    private static void requireLeaderOrRegistrant(CurrentUser user, Session session) {
        if (!user.isRegistrant() && !user.staffId().equals(session.leaderId())) {
            throw new NotAllowedException("group.not-leader", "Only the session's leader or a registered therapist can take its register.");
        }
    }

    /** Thrown away when not found; kept for the API's 404. */
    static NotFoundException noRecord() {
        return new NotFoundException("group.register-not-found", "This session has no signed register yet.");
    }
}
