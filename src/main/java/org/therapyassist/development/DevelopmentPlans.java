package org.therapyassist.development;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffRecordAccess;

/**
 * Personal development plans: objectives towards a competency or the next framework stage, with actions and dates,
 * edited by the person and their supervisors (optimistic locking, so two people never overwrite each other), and
 * dated reviews by a supervisor that may bring in a thank-you the person received.
 */
@Service
public class DevelopmentPlans {

    public enum Status {
        NOT_STARTED, IN_PROGRESS, ACHIEVED, DROPPED;

        /** The status in words, in the reader's language. */
        public String title() {
            return Messages.text("development.pdp.status." + name());
        }

        public boolean open() {
            return this == NOT_STARTED || this == IN_PROGRESS;
        }
    }

    public record NewObjective(String competencyCode, Stage targetStage, String objective, String actions,
            LocalDate targetDate, LocalDate reviewDate) {
    }

    /** A change to status and/or actions, made against the version the editor saw. */
    @Schema(name = "PdpObjectiveChange", description = "A new status, new actions, or both")
    public record Change(Status status, @Schema(maxLength = 2000) String actions,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version you read; a newer one is a 409") Integer version) {
    }

    @Schema(name = "NewPdpReview")
    public record NewReview(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Today or earlier") LocalDate reviewedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String note, LocalDate nextReviewOn,
            @Schema(description = "A thank-you the person received, to bring into the review") UUID thanksId) {
    }

    @Schema(name = "PdpReview")
    public record Review(UUID id, UUID objectiveId, LocalDate reviewedOn, String reviewerName, String note,
            LocalDate nextReviewOn, UUID thanksId, String thanksMessage, String thanksFromName) {
    }

    @Schema(name = "PdpObjective")
    public record Objective(UUID id, UUID staffId, String competencyCode, String competencyTitle, Stage targetStage,
            String objective, String actions, LocalDate targetDate, LocalDate reviewDate, Status status, int version,
            List<Review> reviews) {

        public String towards() {
            return competencyCode != null
                    ? competencyCode + " " + competencyTitle
                    : Messages.text("development.pdp.next-stage", targetStage.title());
        }
    }

    private final JdbcClient jdbc;
    private final PdpRecords records;
    private final CompetencyRegister competencies;
    private final StaffRecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DevelopmentPlans(JdbcClient jdbc, PdpRecords records, CompetencyRegister competencies, StaffRecordAccess access,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.competencies = competencies;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Objective addObjective(CurrentUser user, UUID staffId, NewObjective command) {
        StaffMember person = access.requireSee(user, staffId);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = Text.blankToNull(command.competencyCode());
        if ((code == null) == (command.targetStage() == null)) {
            errors.put("towards", Messages.text("development.pdp.towards.blank"));
        } else if (code != null && !competencies.catalogue().containsKey(code)) {
            errors.put("towards", Messages.text("development.pdp.towards.unknown-competency"));
        }
        if (command.objective() == null || command.objective().isBlank()) {
            errors.put("objective", Messages.text("development.pdp.objective.blank"));
        } else if (command.objective().length() > 500) {
            errors.put("objective", Messages.text("development.pdp.objective.long"));
        }
        if (command.actions() != null && command.actions().length() > 2000) {
            errors.put("actions", Messages.text("development.pdp.actions.long"));
        }
        LocalDate today = Time.today(clock);
        if (command.targetDate() == null) {
            errors.put("targetDate", Messages.text("development.pdp.target-date.blank"));
        } else if (command.targetDate().isBefore(today)) {
            errors.put("targetDate", Messages.text("development.pdp.target-date.past"));
        }
        if (command.reviewDate() != null && command.reviewDate().isBefore(today)) {
            errors.put("reviewDate", Messages.text("development.pdp.review-date.past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        var now = Time.db(clock.instant());
        jdbc.sql(
                "insert into pdp_objective (id, organisation_id, staff_id, competency_code, target_stage, objective, actions, "
                        + "target_date, review_date, status, version, created_by, created_at, updated_by, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', 0, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, code,
                        command.targetStage() == null ? null : command.targetStage().name(),
                        command.objective().strip(), Text.blankToNull(command.actions()), command.targetDate(),
                        command.reviewDate(), user.staffId(), now, user.staffId(), now)
                .update();
        audit.record(
                new AuditEntry(user, null, "workforce.pdp-add-objective", "pdp-objective", id, person.displayName()));
        return require(user, id);
    }

    @Transactional
    public Objective change(CurrentUser user, UUID objectiveId, Change change) {
        Objective current = require(user, objectiveId);
        access.requireSee(user, current.staffId());
        if (change.version() == null) {
            throw new InvalidInputException(Map.of("version", Messages.text("development.pdp.version.blank")));
        }
        if (change.status() == null && change.actions() == null) {
            throw new InvalidInputException(Map.of("status", Messages.text("development.pdp.change.nothing")));
        }
        if (change.actions() != null && change.actions().length() > 2000) {
            throw new InvalidInputException(Map.of("actions", Messages.text("development.pdp.actions.long")));
        }
        Status status = change.status() != null ? change.status() : current.status();
        String actions = change.actions() != null ? Text.blankToNull(change.actions()) : current.actions();
        int rows = jdbc.sql("update pdp_objective set status = ?, actions = ?, version = version + 1, updated_by = ?, "
                + "updated_at = ? where organisation_id = ? and id = ? and version = ?")
                .params(status.name(), actions, user.staffId(), Time.db(clock.instant()), user.organisationId(),
                        objectiveId,
                        change.version())
                .update();
        if (rows != 1) {
            throw new ConflictException("pdp.changed-meanwhile",
                    Messages.text("development.refusal.objective-changed"));
        }
        audit.record(new AuditEntry(user, null, "workforce.pdp-change-objective", "pdp-objective", objectiveId,
                status.name()));
        return require(user, objectiveId);
    }

    @Transactional
    public Review review(CurrentUser user, UUID objectiveId, NewReview command) {
        Objective objective = require(user, objectiveId);
        StaffMember person = access.requireSee(user, objective.staffId());
        if (person.id().equals(user.staffId()) || !access.isLead(user)) {
            throw new NotAllowedException("pdp.review-by-supervisor",
                    Messages.text("development.refusal.review-by-supervisor"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = Time.today(clock);
        if (command.reviewedOn() == null) {
            errors.put("reviewedOn", Messages.text("development.pdp.reviewed-on.blank"));
        } else if (command.reviewedOn().isAfter(today)) {
            errors.put("reviewedOn", Messages.text("development.pdp.reviewed-on.future"));
        }
        if (command.note() == null || command.note().isBlank()) {
            errors.put("note", Messages.text("development.pdp.note.blank"));
        } else if (command.note().length() > 2000) {
            errors.put("note", Messages.text("development.pdp.note.long"));
        }
        if (command.nextReviewOn() != null && command.reviewedOn() != null
                && !command.nextReviewOn().isAfter(command.reviewedOn())) {
            errors.put("nextReviewOn", Messages.text("development.pdp.next-review.before"));
        }
        if (command.thanksId() != null && jdbc
                .sql("select count(*) from thanks where organisation_id = ? and id = ? and to_staff_id = ?")
                .params(user.organisationId(), command.thanksId(), person.id()).query(Long.class).single() == 0) {
            errors.put("thanksId", Messages.text("development.pdp.thanks.unknown", person.givenName()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into pdp_review (id, organisation_id, staff_id, objective_id, reviewed_on, reviewer_id, note, "
                + "next_review_on, thanks_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), person.id(), objectiveId, command.reviewedOn(), user.staffId(),
                        command.note().strip(), command.nextReviewOn(), command.thanksId(), Time.db(clock.instant()))
                .update();
        if (command.nextReviewOn() != null) {
            // The objective's review date moves on; its version too, so an edit made against the old one is refused.
            jdbc.sql(
                    "update pdp_objective set review_date = ?, version = version + 1 where organisation_id = ? and id = ?")
                    .params(command.nextReviewOn(), user.organisationId(), objectiveId).update();
        }
        audit.record(new AuditEntry(user, null, "workforce.pdp-review", "pdp-review", id, person.displayName()));
        return records.review(user.organisationId(), id);
    }

    /** A person's objectives in the order they were set, each with its reviews, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Objective> of(CurrentUser user, UUID staffId, PageRequest page) {
        access.requireSee(user, staffId);
        return records.of(user.organisationId(), staffId, page);
    }

    @Transactional(readOnly = true)
    public Objective require(CurrentUser user, UUID objectiveId) {
        Objective o = records.objective(user.organisationId(), objectiveId)
                .orElseThrow(() -> new NotFoundException("pdp.objective-not-found",
                        Messages.text("development.refusal.no-objective")));
        access.requireSee(user, o.staffId());
        return o;
    }
}
