package org.therapyassist.groups.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.groups.ClassType;
import org.therapyassist.groups.Enrolments;
import org.therapyassist.groups.GroupClasses;
import org.therapyassist.groups.GroupHistory;
import org.therapyassist.groups.GroupRules;
import org.therapyassist.groups.Outcome;
import org.therapyassist.groups.Registers;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Group classes", description = "Class templates, sessions, enrolment with a waiting list, and attendance registers")
class GroupsApi {

    private final GroupClasses classes;
    private final Enrolments enrolments;
    private final Registers registers;
    private final GroupHistory history;

    GroupsApi(GroupClasses classes, Enrolments enrolments, Registers registers, GroupHistory history) {
        this.history = history;
        this.classes = classes;
        this.enrolments = enrolments;
        this.registers = registers;
    }

    @GetMapping("/api/v1/group-classes")
    @Operation(summary = "The service's running group classes, with places taken and the length of each waiting list")
    ResponseEntity<List<GroupClasses.ClassTemplate>> all(CurrentUser me, PageRequest page) {
        return PagedResponses.of(classes.all(me.organisationId(), page));
    }

    @Performs(Command.CREATE_GROUP_CLASS)
    @PostMapping("/api/v1/group-classes")
    @Operation(summary = "Registrant: set up a class template (capacity, leader stage required, default exercises, venue, day and time)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<GroupClasses.ClassTemplate> create(CurrentUser me, @RequestBody ClassBody body) {
        var created = classes.create(me,
                new GroupClasses.NewClass(body.teamId(), body.name(), body.type(), body.capacity(),
                        body.leaderStage(),
                        body.defaultExercises() == null ? null : String.join("\n", body.defaultExercises()),
                        body.venue(), body.dayOfWeek(), body.startTime(), body.durationMinutes()));
        return ResponseEntity.status(201).body(created);
    }

    @GetMapping("/api/v1/group-classes/{id}")
    @Operation(summary = "One class template")
    GroupClasses.ClassTemplate one(CurrentUser me, @PathVariable UUID id) {
        return classes.require(me.organisationId(), id);
    }

    @GetMapping("/api/v1/group-classes/{id}/sessions")
    @Operation(summary = "The class's sessions, oldest first, with their status (scheduled, cancelled, recorded)")
    ResponseEntity<List<GroupClasses.Session>> sessions(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        classes.require(me.organisationId(), id);
        return PagedResponses.of(classes.sessionsOf(me.organisationId(), id, page));
    }

    @Performs(Command.SCHEDULE_GROUP_SESSION)
    @PostMapping("/api/v1/group-classes/{id}/sessions")
    @Operation(summary = "Registrant: schedule one session or a block of weekly sessions; a leader below the class's stage is refused (422)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({409, 422})
    ResponseEntity<List<GroupClasses.Session>> schedule(CurrentUser me, @PathVariable UUID id,
            @RequestBody SessionsBody body) {
        return ResponseEntity.status(201)
                .body(classes.schedule(me, id, new GroupClasses.NewSessions(body.firstDate(), body.weeks(),
                        body.leaderId())));
    }

    @Performs(Command.CANCEL_GROUP_SESSION)
    @PostMapping("/api/v1/group-sessions/{id}/cancel")
    @Operation(summary = "Cancel a scheduled session with a reason (the session's leader or a registrant); 409 if it changed")
    @ProblemResponses(409)
    GroupClasses.Session cancel(CurrentUser me, @PathVariable UUID id, @RequestBody CancelBody body) {
        return classes.cancel(me, id, body.reason(), requireVersion(body.version()));
    }

    @Performs(Command.SCHEDULE_GROUP_SESSION)
    @PostMapping("/api/v1/group-sessions/{id}/leader")
    @Operation(summary = "Registrant: change who leads a scheduled session; someone below the class's stage is refused (422)")
    @ProblemResponses({409, 422})
    GroupClasses.Session changeLeader(CurrentUser me, @PathVariable UUID id, @RequestBody LeaderBody body) {
        if (body.leaderId() == null) {
            throw new InvalidInputException(Map.of("leaderId", Messages.text("groups.field.leader.one")));
        }
        return classes.changeLeader(me, id, body.leaderId(), requireVersion(body.version()));
    }

    @GetMapping("/api/v1/group-classes/{id}/enrolments")
    @Operation(summary = "Everyone enrolled, then the waiting list in order")
    ResponseEntity<List<Enrolments.Enrolment>> enrolments(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        classes.require(me.organisationId(), id);
        return PagedResponses.of(enrolments.ofClass(me, id, page));
    }

    @GetMapping("/api/v1/group-classes/{id}/waiting-list")
    @Operation(summary = "The waiting list only, first to be offered a place first")
    ResponseEntity<List<Enrolments.Enrolment>> waitingList(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        classes.require(me.organisationId(), id);
        return PagedResponses.of(enrolments.ofClass(me, id, Enrolments.Status.WAITING, page));
    }

    @Performs(Command.ENROL_IN_GROUP)
    @PostMapping("/api/v1/group-classes/{id}/enrolments")
    @Operation(summary = "Registrant: enrol a patient from their open episode; a full class puts them on the waiting list (status WAITING)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Enrolments.Enrolment> enrol(CurrentUser me, @PathVariable UUID id, @RequestBody EnrolBody body) {
        return ResponseEntity.status(201).body(enrolments.enrol(me, id, body.episodeId()));
    }

    @Performs(Command.ENROL_IN_GROUP)
    @PostMapping("/api/v1/group-enrolments/{id}/withdraw")
    @Operation(summary = "Registrant: withdraw a patient; a freed place goes to the first on the waiting list")
    @ProblemResponses(409)
    Enrolments.Withdrawal withdraw(CurrentUser me, @PathVariable UUID id, @RequestBody WithdrawBody body) {
        return enrolments.withdraw(me, id, body.reason(), requireVersion(body.version()));
    }

    @GetMapping("/api/v1/group-sessions/{id}/register")
    @Operation(summary = "A session's register: who is enrolled, and the signed record once it is saved")
    Registers.Sheet register(CurrentUser me, @PathVariable UUID id) {
        return registers.sheet(me, id);
    }

    @Performs(Command.TAKE_GROUP_REGISTER)
    @PostMapping("/api/v1/group-sessions/{id}/register")
    @Operation(summary = "Save and sign the register: an outcome and note for every enrolled patient, and any measures taken "
            + "(recorded on each patient's record). A patient not enrolled is "
            + "refused (422 group.patient-not-enrolled); a second save is a conflict (409) - amend instead")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({409, 422})
    ResponseEntity<Registers.GroupRecord> save(CurrentUser me, @PathVariable UUID id, @RequestBody RegisterBody body) {
        List<GroupRules.Line> lines = body.lines() == null
                ? List.of()
                : body.lines().stream().map(l -> new GroupRules.Line(l.patientId(), l.outcome(), l.note())).toList();
        return ResponseEntity.status(201)
                .body(registers.save(me, id, new Registers.SaveRegister(body.groupNote(), lines,
                        body.sessionVersion(), body.measures())));
    }

    @Performs(Command.TAKE_GROUP_REGISTER)
    @PostMapping("/api/v1/group-sessions/{id}/register/amendments")
    @Operation(summary = "Correct a signed register: the original stays, the amendment (optionally a corrected outcome) is added")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Registers.GroupRecord> amend(CurrentUser me, @PathVariable UUID id, @RequestBody AmendBody body) {
        return ResponseEntity.status(201)
                .body(registers.amend(me, id, new Registers.Amend(body.patientId(), body.correctedOutcome(),
                        body.reason())));
    }

    @GetMapping("/api/v1/patients/{id}/group-classes")
    @Operation(summary = "A patient's group classes (enrolled, waiting, withdrawn) and attendance history, newest first: "
            + "the latest " + GroupHistory.SHOWN + " of each with how many there are "
            + "(enrolmentCount, attendanceCount); all attendance is at /group-attendance")
    GroupHistory.OfPatient ofPatient(CurrentUser me, @PathVariable UUID id) {
        return history.forPatient(me, id);
    }

    @GetMapping("/api/v1/patients/{id}/group-attendance")
    @Operation(summary = "A patient's attendance lines, latest session first, each with any corrected outcome")
    ResponseEntity<List<GroupHistory.PatientAttendance>> attendance(CurrentUser me, @PathVariable UUID id,
            PageRequest page) {
        return PagedResponses.of(history.attendanceOf(me, id, page));
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidInputException(Map.of("version", Messages.text("groups.field.version")));
        }
        return version;
    }

    @Schema(name = "NewGroupClass")
    record ClassBody(@Schema(requiredMode = REQUIRED) UUID teamId,
            @Schema(requiredMode = REQUIRED, maxLength = 120) String name,
            @Schema(requiredMode = REQUIRED) ClassType type,
            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "60") Integer capacity,
            @Schema(requiredMode = REQUIRED, description = "The lowest framework stage that may lead it") Stage leaderStage,
            List<String> defaultExercises, @Schema(requiredMode = REQUIRED, maxLength = 200) String venue,
            @Schema(requiredMode = REQUIRED) DayOfWeek dayOfWeek,
            @Schema(requiredMode = REQUIRED, type = "string", example = "10:30") LocalTime startTime,
            @Schema(requiredMode = REQUIRED, minimum = "15", maximum = "240") Integer durationMinutes) {
    }

    @Schema(name = "NewGroupSessions")
    record SessionsBody(@Schema(requiredMode = REQUIRED, description = "Today or later") LocalDate firstDate,
            @Schema(minimum = "1", maximum = "26", description = "Weekly sessions from the first date; 1 when not given") Integer weeks,
            @Schema(requiredMode = REQUIRED) UUID leaderId) {
    }

    @Schema(name = "GroupSessionCancel")
    record CancelBody(@Schema(requiredMode = REQUIRED, maxLength = 500) String reason,
            @Schema(requiredMode = REQUIRED, description = "The session's version you read") Integer version) {
    }

    @Schema(name = "GroupSessionLeader")
    record LeaderBody(@Schema(requiredMode = REQUIRED) UUID leaderId,
            @Schema(requiredMode = REQUIRED, description = "The session's version you read") Integer version) {
    }

    @Schema(name = "GroupEnrolmentRequest")
    record EnrolBody(@Schema(requiredMode = REQUIRED, description = "The patient's open episode") UUID episodeId) {
    }

    @Schema(name = "GroupWithdrawalRequest")
    record WithdrawBody(@Schema(requiredMode = REQUIRED, maxLength = 500) String reason,
            @Schema(requiredMode = REQUIRED, description = "The enrolment's version you read") Integer version) {
    }

    @Schema(name = "GroupRegisterRequest")
    record RegisterBody(@Schema(maxLength = 2000) String groupNote, Integer sessionVersion, List<LineBody> lines,
            @Schema(description = "Optional measures taken in the session, one value each: "
                    + "TUG, CHAIR_STAND_30S, WALK_10M (seconds), WALK_6MIN (metres) or PAIN_NRS; only for patients who attended") List<Registers.MeasureEntry> measures) {
    }

    @Schema(name = "GroupRegisterLine")
    record LineBody(@Schema(requiredMode = REQUIRED) UUID patientId, @Schema(requiredMode = REQUIRED) Outcome outcome,
            String note) {
    }

    @Schema(name = "GroupRegisterAmendment")
    record AmendBody(
            @Schema(description = "Whose attendance is corrected; needed with correctedOutcome") UUID patientId,
            Outcome correctedOutcome, @Schema(requiredMode = REQUIRED, maxLength = 1000) String reason) {
    }
}
