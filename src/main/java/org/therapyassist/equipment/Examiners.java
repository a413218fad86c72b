package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.DesignationRegister;
import org.therapyassist.policy.Need;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * The competent people for thorough examinations (LOLER) and electrical tests: equipment leads, who are staff a team
 * lead has named, and named external examiners (an insurer's engineer, a service company). An inspection must name
 * one of them; a free-text name is not enough. Equipment leads also hold the equipment duties the policy gives them.
 */
@Service
public class Examiners implements DesignationRegister {

    public enum Kind { EQUIPMENT_LEAD, EXTERNAL }

    public record Examiner(UUID id, Kind kind, UUID staffId, String name, String company, String reference,
            String namedByName, Instant namedAt, boolean active) {

        /** How the examiner reads on an inspection: "Ravi Sharma (equipment lead)", "J Ellis, Northgate Lifting". */
        public String label() {
            return kind == Kind.EQUIPMENT_LEAD ? name + " (equipment lead)" : name + ", " + company;
        }

        /** The same on a page, in the request's language; {@link #label()} stays English as it is stored. */
        public String shown() {
            return kind == Kind.EQUIPMENT_LEAD ? Messages.text("equipment.examiner.lead", name) : label();
        }
    }

    public record NewExternal(String name, String company, String reference) {
    }

    /** Who named each examiner is a name from the staff directory ({@link #named}). */
    private static final String SELECT = "select e.id, e.kind, e.staff_id, e.name, e.company, e.reference, "
            + "e.named_by, e.named_at, e.removed_at from equipment_examiner e ";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffDirectory staff;

    Examiners(JdbcClient jdbc, AuditTrail audit, Clock clock, StaffDirectory staff) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The competent people who may examine now, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Examiner> active(UUID organisationId, PageRequest page) {
        Page<Row> rows = PagedQuery.of(jdbc, page, SELECT + "where e.organisation_id = ? and e.removed_at is null",
                "e.kind, e.name, e.id", Examiners::map, organisationId);
        List<Examiner> named = named(organisationId, rows.items());
        return new Page<>(named, rows.page(), rows.size(), rows.hasMore(), rows.total());
    }

    @Transactional(readOnly = true)
    public List<Examiner> active(UUID organisationId) {
        return named(organisationId,
                jdbc.sql(SELECT + "where e.organisation_id = ? and e.removed_at is null order by e.kind, e.name")
                        .param(organisationId).query(Examiners::map).list());
    }

    /** An examiner who may examine now; a removed or unknown one is a field error, since the form offers a list. */
    @Transactional(readOnly = true)
    public Examiner requireActive(UUID organisationId, UUID examinerId, String field) {
        return find(organisationId, examinerId).filter(Examiner::active).orElseThrow(() -> new InvalidInputException(
                Map.of(field, Messages.text("equipment.field.examiner.list"))));
    }

    private Optional<Examiner> find(UUID organisationId, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where e.organisation_id = ? and e.id = ?").params(organisationId, id)
                .query(Examiners::map).optional().map(row -> named(organisationId, List.of(row)).getFirst());
    }

    /** Names a member of staff as an equipment lead. */
    @Transactional
    public Examiner nameEquipmentLead(CurrentUser user, UUID staffId) {
        if (staffId == null) {
            throw new InvalidInputException(Map.of("staffId", Messages.text("equipment.field.staff.blank")));
        }
        String name = staff.findEnabled(user.organisationId(), staffId).map(StaffMember::displayName)
                .orElseThrow(
                        () -> new InvalidInputException(
                                Map.of("staffId", Messages.text("equipment.field.staff.list"))));
        if (isEquipmentLead(user.organisationId(), staffId)) {
            throw new ConflictException("equipment.already-equipment-lead",
                    Messages.text("equipment.refusal.already-lead", name));
        }
        UUID id = insert(user, Kind.EQUIPMENT_LEAD, staffId, name, null, null);
        audit.record(new AuditEntry(user, null, "equipment.name-equipment-lead", "staff-member", staffId, name));
        return find(user.organisationId(), id).orElseThrow();
    }

    /** Adds a named external examiner, with their company and any accreditation or certificate reference. */
    @Transactional
    public Examiner addExternal(CurrentUser user, NewExternal command) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Text.blankToNull(command.name());
        String company = Text.blankToNull(command.company());
        String reference = Text.blankToNull(command.reference());
        if (name == null || name.length() > 200) {
            errors.put("name", Messages.text("equipment.field.examiner.name"));
        }
        if (company == null || company.length() > 200) {
            errors.put("company", Messages.text("equipment.field.examiner.company"));
        }
        if (reference != null && reference.length() > 200) {
            errors.put("reference", Messages.text("equipment.field.reference.long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = insert(user, Kind.EXTERNAL, null, name, company, reference);
        audit.record(new AuditEntry(user, null, "equipment.add-external-examiner", "equipment-examiner", id,
                name + ", " + company));
        return find(user.organisationId(), id).orElseThrow();
    }

    /** Takes someone off the list; their past inspections still name them. */
    @Transactional
    public void remove(CurrentUser user, UUID examinerId) {
        Examiner examiner = find(user.organisationId(), examinerId).filter(Examiner::active)
                .orElseThrow(() -> new NotFoundException("equipment.examiner-not-found",
                        Messages.text("equipment.refusal.examiner-not-found")));
        jdbc.sql("update equipment_examiner set removed_by = ?, removed_at = ? where id = ? and removed_at is null")
                .params(user.staffId(), Time.db(clock.instant()), examiner.id()).update();
        audit.record(new AuditEntry(user, null, "equipment.remove-examiner", "equipment-examiner", examiner.id(),
                examiner.label()));
    }

    @Transactional(readOnly = true)
    public boolean isEquipmentLead(UUID organisationId, UUID staffId) {
        return jdbc.sql("select count(*) from equipment_examiner where organisation_id = ? and staff_id = ? "
                + "and kind = 'EQUIPMENT_LEAD' and removed_at is null")
                .params(organisationId, staffId).query(Long.class).single() > 0;
    }

    @Override
    public Need.Who designation() {
        return Need.Who.EQUIPMENT_LEAD;
    }

    @Override
    public boolean holds(CurrentUser user) {
        return isEquipmentLead(user.organisationId(), user.staffId());
    }

    private UUID insert(CurrentUser user, Kind kind, UUID staffId, String name, String company, String reference) {
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into equipment_examiner (id, organisation_id, kind, staff_id, name, company, reference, named_by, "
                        + "named_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), kind.name(), staffId, name, company, reference, user.staffId(),
                        Time.db(clock.instant()))
                .update();
        return id;
    }

    /** An examiner as stored, with who named them. */
    private record Row(UUID id, Kind kind, UUID staffId, String name, String company, String reference, UUID namedBy,
            Instant namedAt, boolean active) {
    }

    private List<Examiner> named(UUID organisationId, List<Row> rows) {
        Map<UUID, String> names = staff.names(organisationId, rows.stream().map(Row::namedBy).toList());
        return rows.stream().map(r -> new Examiner(r.id(), r.kind(), r.staffId(), r.name(), r.company(), r.reference(),
                names.get(r.namedBy()), r.namedAt(), r.active())).toList();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                Time.instant(rs.getObject(8, OffsetDateTime.class)), rs.getObject(9, OffsetDateTime.class) == null);
    }
}
