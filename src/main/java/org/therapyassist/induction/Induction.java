package org.therapyassist.induction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.induction.InductionRules.ItemKind;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * Care Certificate induction for new starters: the service's chosen standard set plus local items, each signed off
 * by an assessor (who, when, note), and progress against the usual 12 weeks. Every change is audited.
 */
@Service
public class Induction {

    /** Local items every plan starts with; a lead can add more. */
    public static final List<String> DEFAULT_LOCAL_ITEMS = List.of("Ward or base orientation", "Lone-working procedure",
            "IT accounts and smartcard", "Fire evacuation route", "Meet the team");

    @Schema(name = "InductionItem")
    public record Item(UUID id, ItemKind kind, Integer standardNumber, String title, UUID signedOffById,
            String signedOffByName, Instant signedOffAt, String note) {

        public boolean signedOff() {
            return signedOffAt != null;
        }

        public String label() {
            return kind == ItemKind.CARE_CERTIFICATE
                    ? Messages.text("induction.plan.standard", String.valueOf(standardNumber), title)
                    : title;
        }
    }

    @Schema(name = "InductionPlan")
    public record Plan(UUID id, UUID staffId, String staffName, String teamName, LocalDate startsOn,
            StandardSet standardSet, List<Item> items, InductionProgress progress) {
    }

    @Schema(name = "InductionSummary")
    public record Summary(UUID planId, UUID staffId, String name, String teamName, LocalDate startsOn,
            InductionProgress progress) {
    }

    @Schema(name = "CareCertificateAssessor")
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    private final CommandGuard guard;

    private final ApplicationEventPublisher events;
    private final CareCertificateAssessors assessors;
    private final InductionRecords records;

    Induction(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, CommandGuard guard,
            ApplicationEventPublisher events, CareCertificateAssessors assessors, InductionRecords records,
            Clock clock) {
        this.records = records;
        this.assessors = assessors;
        this.events = events;
        this.guard = guard;
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StandardSet standardSetOf(UUID organisationId) {
        return jdbc.sql("select standard_set from organisation_induction_setting where organisation_id = ?")
                .param(organisationId).query(String.class).optional().map(StandardSet::valueOf)
                .orElse(StandardSet.defaultSet());
    }

    /** A team lead chooses the set new plans use (a service-wide setting); plans already made keep theirs. */
    @Transactional
    public void chooseStandardSet(CurrentUser user, StandardSet set) {
        guard.check(user, Command.CHOOSE_STANDARD_SET);
        if (set == null) {
            throw new InvalidInputException(Map.of("standardSet", Messages.text("induction.standards.blank")));
        }
        int rows = jdbc
                .sql("update organisation_induction_setting set standard_set = ?, changed_by = ?, changed_at = ? "
                        + "where organisation_id = ?")
                .params(set.name(), user.staffId(), Time.db(clock.instant()), user.organisationId()).update();
        if (rows == 0) {
            jdbc.sql(
                    "insert into organisation_induction_setting (organisation_id, standard_set, changed_by, changed_at) "
                            + "values (?, ?, ?, ?)")
                    .params(user.organisationId(), set.name(), user.staffId(), Time.db(clock.instant())).update();
        }
        audit.record(
                new AuditEntry(user, null, "workforce.induction-standard-set", "organisation", user.organisationId(),
                        set.name()));
    }

    /** Who has an induction plan: the people a new plan cannot be started for. */
    @Transactional(readOnly = true)
    public Set<UUID> withPlan(UUID organisationId) {
        return Set
                .copyOf(jdbc.sql("select staff_id from induction_plan where organisation_id = ?").param(organisationId)
                        .query(UUID.class).list());
    }

    /** A lead starts a plan: the service's current standard set, then the default local items. */
    @Transactional
    public UUID createPlan(CurrentUser user, UUID staffId, LocalDate startsOn) {
        StaffMember lead = staff.require(user.organisationId(), user.staffId());
        InductionRules.requireLead(lead);
        StaffMember starter = staff.require(user.organisationId(), staffId);
        if (starter.id().equals(lead.id())) {
            throw new NotAllowedException("induction.own-plan", Messages.text("induction.refusal.own-plan"));
        }
        LocalDate today = Time.today(clock);
        if (startsOn == null) {
            throw new InvalidInputException(Map.of("startsOn", Messages.text("induction.start-date.blank")));
        }
        if (startsOn.isBefore(today.minusWeeks(InductionProgress.USUAL_WEEKS))
                || startsOn.isAfter(today.plusMonths(6))) {
            throw new InvalidInputException(
                    Map.of("startsOn", Messages.text("induction.start-date.range")));
        }
        if (planId(user.organisationId(), staffId).isPresent()) {
            throw new ConflictException("induction.plan-exists",
                    Messages.text("induction.refusal.plan-exists", starter.displayName()));
        }
        StandardSet set = standardSetOf(user.organisationId());
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into induction_plan (id, organisation_id, staff_id, starts_on, standard_set, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, startsOn, set.name(), lead.id(), Time.db(clock.instant()))
                .update();
        List<Object[]> standards = jdbc
                .sql("select number, title from care_certificate_standard where standard_set = ? order by number")
                .param(set.name()).query((rs, n) -> new Object[]{rs.getInt(1), rs.getString(2)}).list();
        int position = 0;
        for (Object[] s : standards) {
            insertItem(user.organisationId(), id, ++position, ItemKind.CARE_CERTIFICATE, (Integer) s[0], (String) s[1]);
        }
        for (String title : DEFAULT_LOCAL_ITEMS) {
            insertItem(user.organisationId(), id, ++position, ItemKind.LOCAL, null, title);
        }
        audit.record(new AuditEntry(user, null, "workforce.induction-plan", "induction-plan", id,
                starter.displayName() + " from " + startsOn + " (" + set.name() + ")"));
        return id;
    }

    @Transactional
    public UUID addLocalItem(CurrentUser user, UUID staffId, String title) {
        InductionRules.requireLead(staff.require(user.organisationId(), user.staffId()));
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(Map.of("title", Messages.text("induction.plan.item.blank")));
        }
        if (title.strip().length() > 200) {
            throw new InvalidInputException(Map.of("title", Messages.text("induction.plan.item.long")));
        }
        UUID plan = planId(user.organisationId(), staffId)
                .orElseThrow(() -> new NotFoundException("induction.no-plan",
                        Messages.text("induction.refusal.no-plan")));
        int position = jdbc
                .sql("select coalesce(max(position), 0) from induction_item where organisation_id = ? and plan_id = ?")
                .params(user.organisationId(), plan).query(Integer.class).single() + 1;
        UUID id = insertItem(user.organisationId(), plan, position, ItemKind.LOCAL, null, title.strip());
        audit.record(new AuditEntry(user, null, "workforce.induction-item", "induction-item", id, title.strip()));
        return id;
    }

    /** Signs off one item; a second sign-off of the same item is a conflict, never an overwrite. */
    @Transactional
    public void signOff(CurrentUser user, UUID itemId, String note) {
        var row = jdbc.sql(
                "select i.kind, p.staff_id, i.title from induction_item i join induction_plan p on p.id = i.plan_id "
                        + "where i.organisation_id = ? and i.id = ?")
                .params(user.organisationId(), itemId)
                .query((rs,
                        n) -> new Object[]{ItemKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                                rs.getString(3)})
                .optional()
                .orElseThrow(
                        () -> new NotFoundException("induction.item-not-found",
                                Messages.text("induction.refusal.no-item")));
        StaffMember assessor = staff.require(user.organisationId(), user.staffId());
        StaffMember starter = staff.require(user.organisationId(), (UUID) row[1]);
        InductionRules.requireSignOff(assessor, assessors.isNamedAssessor(user.organisationId(), assessor.id()),
                starter, (ItemKind) row[0]);
        if (note != null && note.strip().length() > 500) {
            throw new InvalidInputException(Map.of("note", Messages.text("induction.plan.note.long")));
        }
        int rows = jdbc.sql("update induction_item set signed_off_by = ?, signed_off_at = ?, note = ? "
                + "where organisation_id = ? and id = ? and signed_off_at is null")
                .params(assessor.id(), Time.db(clock.instant()), Text.blankToNull(note), user.organisationId(), itemId)
                .update();
        if (rows != 1) {
            throw new ConflictException("induction.already-signed-off",
                    Messages.text("induction.refusal.already-signed-off"));
        }
        audit.record(new AuditEntry(user, null, "workforce.induction-sign-off", "induction-item", itemId,
                starter.displayName() + ": " + row[2]));
        // Caught up with the usual pace (or complete): the "behind" reminder is answered.
        planOf(user.organisationId(), starter.id()).filter(p -> !p.progress().behind())
                .ifPresent(p -> events.publishEvent(
                        new InductionCaughtUp(user.organisationId(), starter.id(), p.id(), p.progress().done(),
                                p.progress().total(), user.staffId())));
    }

    @Transactional(readOnly = true)
    public Optional<Plan> planOf(UUID organisationId, UUID staffId) {
        return planOf(organisationId, staffId, Time.today(clock));
    }

    @Transactional(readOnly = true)
    public Optional<Plan> planOf(UUID organisationId, UUID staffId, LocalDate today) {
        return records.planOf(staff.require(organisationId, staffId), today);
    }

    /**
     * New starters' plans a page at a time, those still open first (by start date, longest running first), then the
     * complete ones, newest first. Whether each is behind comes with it.
     */
    @Transactional(readOnly = true)
    public Page<Summary> overview(UUID organisationId, LocalDate today, PageRequest page) {
        return records.overview(organisationId, today, page);
    }

    /** Every new starter with a plan that is not yet complete or finished recently, behind first. */
    @Transactional(readOnly = true)
    public List<Summary> overview(UUID organisationId, LocalDate today) {
        return records.overview(organisationId, today);
    }

    private Optional<UUID> planId(UUID organisationId, UUID staffId) {
        return jdbc.sql("select id from induction_plan where organisation_id = ? and staff_id = ?")
                .params(organisationId, staffId).query(UUID.class).optional();
    }

    private UUID insertItem(UUID organisationId, UUID planId, int position, ItemKind kind, Integer number,
            String title) {
        UUID id = Ids.newId();
        jdbc.sql("insert into induction_item (id, organisation_id, plan_id, position, kind, standard_number, title) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, planId, position, kind.name(), number, title).update();
        return id;
    }
}
