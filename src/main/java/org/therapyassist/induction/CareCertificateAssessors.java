package org.therapyassist.induction;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/**
 * The organisation's named Care Certificate assessors: support workers a lead has named as competent to sign off the
 * standards (registered staff can assess already). {@link Induction} asks here before an item is signed off (H16).
 */
@Service
public class CareCertificateAssessors {

    public record Assessor(UUID staffId, String name, String jobTitle, String teamName, String namedByName) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    CareCertificateAssessors(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The named assessors by family name, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Assessor> assessors(UUID organisationId, PageRequest page) {
        Map<UUID, UUID> namedBy = namedBy(organisationId);
        Page<StaffMember> people = staff.page(organisationId, namedBy.keySet(), StaffDirectory.Order.FAMILY_NAME,
                page);
        return new Page<>(assessors(organisationId, people.items(), namedBy), people.page(), people.size(),
                people.hasMore(), people.total());
    }

    @Transactional(readOnly = true)
    public Set<UUID> namedAssessors(UUID organisationId) {
        return Set.copyOf(jdbc.sql("select staff_id from care_certificate_assessor where organisation_id = ?")
                .param(organisationId).query(UUID.class).list());
    }

    /** Every named assessor, by family name. */
    @Transactional(readOnly = true)
    public List<Assessor> assessors(UUID organisationId) {
        Map<UUID, UUID> namedBy = namedBy(organisationId);
        return assessors(organisationId, staff.byIds(organisationId, namedBy.keySet()).values().stream()
                .sorted(Comparator.comparing(StaffMember::familyName).thenComparing(StaffMember::givenName)
                        .thenComparing(StaffMember::id))
                .toList(), namedBy);
    }

    /** Each named assessor and who named them. */
    private Map<UUID, UUID> namedBy(UUID organisationId) {
        Map<UUID, UUID> namedBy = new HashMap<>();
        jdbc.sql("select staff_id, named_by from care_certificate_assessor where organisation_id = ?")
                .param(organisationId).query(rs -> {
                    namedBy.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return namedBy;
    }

    private List<Assessor> assessors(UUID organisationId, List<StaffMember> people, Map<UUID, UUID> namedBy) {
        Map<UUID, String> names = staff.names(organisationId,
                people.stream().map(p -> namedBy.get(p.id())).toList());
        return people.stream().map(p -> new Assessor(p.id(), p.displayName(), p.jobRole().title(), p.teamName(),
                names.get(namedBy.get(p.id())))).toList();
    }

    @Transactional(readOnly = true)
    public boolean isNamedAssessor(UUID organisationId, UUID staffId) {
        return jdbc.sql("select count(*) from care_certificate_assessor where organisation_id = ? and staff_id = ?")
                .params(organisationId, staffId).query(Long.class).single() > 0;
    }

    @Transactional
    public void nameAssessor(CurrentUser user, UUID staffId) {
        InductionRules.requireLead(staff.require(user.organisationId(), user.staffId()));
        StaffMember candidate = staff.require(user.organisationId(), staffId);
        InductionRules.requireCanBeNamedAssessor(candidate);
        if (isNamedAssessor(user.organisationId(), staffId)) {
            throw new ConflictException("induction.already-assessor",
                    Messages.text("induction.refusal.already-assessor", candidate.displayName()));
        }
        jdbc.sql(
                "insert into care_certificate_assessor (organisation_id, staff_id, named_by, named_at) values (?, ?, ?, ?)")
                .params(user.organisationId(), staffId, user.staffId(), Time.db(clock.instant())).update();
        audit.record(new AuditEntry(user, null, "workforce.name-care-certificate-assessor", "staff-member", staffId,
                candidate.displayName()));
    }

    @Transactional
    public void removeAssessor(CurrentUser user, UUID staffId) {
        InductionRules.requireLead(staff.require(user.organisationId(), user.staffId()));
        int rows = jdbc.sql("delete from care_certificate_assessor where organisation_id = ? and staff_id = ?")
                .params(user.organisationId(), staffId).update();
        if (rows == 0) {
            throw new NotFoundException("induction.assessor-not-found", Messages.text("induction.refusal.not-named"));
        }
        audit.record(new AuditEntry(user, null, "workforce.remove-care-certificate-assessor", "staff-member", staffId,
                null));
    }
}
