package org.therapyassist.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

/** The competency sign-offs staff hold; what delegation checks before a task is handed over. */
@Service
@Transactional(readOnly = true)
public class CompetencyRegister {

    private static final String SELECT = "select so.id, so.staff_id, so.competency_code, c.title, so.assessor_id, "
            + "so.signed_on, so.expires_on, so.method, so.revoked_at, so.revoke_reason "
            + "from competency_signoff so join competency c on c.code = so.competency_code ";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffLookup lookup;
    private final StaffNames names;

    CompetencyRegister(JdbcClient jdbc, StaffDirectory staff, StaffLookup lookup, StaffNames names) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.lookup = lookup;
        this.names = names;
    }

    public CompetencyCheck check(UUID organisationId, UUID staffId, Collection<String> required, LocalDate on) {
        if (required.isEmpty()) {
            return CompetencyCheck.of(required, List.of(), on);
        }
        return CompetencyCheck.of(required, names.complete(organisationId, heldOf(organisationId, staffId, required)),
                on);
    }

    /**
     * The same check without the assessors' names: the command guard asks it on every guarded command a support
     * worker runs (recording a session among them) and needs only what is held and until when.
     */
    public CompetencyCheck checkWithoutNames(UUID organisationId, UUID staffId, Collection<String> required,
            LocalDate on) {
        if (required.isEmpty()) {
            return CompetencyCheck.of(required, List.of(), on);
        }
        return CompetencyCheck.of(required, heldOf(organisationId, staffId, required).stream()
                .map(row -> row.complete().apply(NO_NAMES)).toList(), on);
    }

    /** For a check that shows no names: every assessor's name is left empty. */
    private static final StaffNames.Lookup NO_NAMES = new StaffNames.Lookup() {
        @Override
        public String person(UUID staffId) {
            return null;
        }

        @Override
        public String team(UUID teamId) {
            return null;
        }
    };

    private List<StaffNames.Awaiting<CompetencySignOff>> heldOf(UUID organisationId, UUID staffId,
            Collection<String> required) {
        return jdbc.sql(SELECT
                + "where so.organisation_id = :org and so.staff_id = :staff and so.competency_code in (:codes)")
                .param("org", organisationId).param("staff", staffId).param("codes", List.copyOf(required))
                .query(CompetencyRegister::map).list();
    }

    /** A person's sign-offs by competency, newest first within each, a page at a time. */
    public Page<CompetencySignOff> signOffsOf(UUID organisationId, UUID staffId, PageRequest page) {
        return names.complete(organisationId, PagedQuery.of(jdbc, page, SELECT.substring(0, SELECT.indexOf(" from ")),
                SELECT.substring(SELECT.indexOf(" from ")) + "where so.organisation_id = ? and so.staff_id = ?",
                "so.competency_code, so.expires_on desc, so.id", CompetencyRegister::map, organisationId, staffId));
    }

    public List<CompetencySignOff> signOffsOf(UUID organisationId, UUID staffId) {
        return names.complete(organisationId, jdbc.sql(SELECT
                + "where so.organisation_id = ? and so.staff_id = ? order by so.competency_code, so.expires_on desc")
                .params(organisationId, staffId).query(CompetencyRegister::map).list());
    }

    /**
     * The sign-offs not withdrawn of several people at once (a team's day of visits to plan), by person: expired ones
     * too, so a plan can say when one lapsed.
     */
    public Map<UUID, List<CompetencySignOff>> standingOf(UUID organisationId, Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<CompetencySignOff>> byStaff = new HashMap<>();
        names.complete(organisationId, jdbc
                .sql(SELECT + "where so.organisation_id = :org and so.staff_id in (:staff) and so.revoked_at is null")
                .param("org", organisationId).param("staff", List.copyOf(staffIds))
                .query(CompetencyRegister::map).list())
                .forEach(s -> byStaff.computeIfAbsent(s.staffId(), k -> new ArrayList<>()).add(s));
        return byStaff;
    }

    /**
     * Support workers of the organisation, at or above the stage, holding every competency in date: who else could do
     * it.
     */
    public List<StaffMember> competentFor(UUID organisationId, Set<String> required, Stage minimum, LocalDate on) {
        List<StaffMember> candidates = staff.supportWorkers(organisationId).stream()
                .filter(s -> s.stage().orElseThrow().isAtLeast(minimum))
                .toList();
        if (candidates.isEmpty() || required.isEmpty()) {
            return candidates;
        }
        Map<UUID, Long> held = jdbc.sql("select staff_id, count(distinct competency_code) from competency_signoff "
                + "where organisation_id = :org and competency_code in (:codes) and signed_on <= :on and expires_on >= :on "
                + "and revoked_at is null "
                + "group by staff_id")
                .param("org", organisationId).param("codes", List.copyOf(required)).param("on", on)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return candidates.stream().filter(s -> held.getOrDefault(s.id(), 0L) == required.size()).toList();
    }

    /**
     * Support workers at or above the stage holding every competency in date on the day, the given team's first then
     * by name, a page at a time (all in SQL).
     */
    public Page<StaffMember> competentFor(UUID organisationId, Set<String> required, Stage minimum, LocalDate on,
            UUID teamFirst, PageRequest page) {
        Set<JobRole> roles = Arrays.stream(JobRole.values())
                .filter(r -> r.stage().map(s -> s.isAtLeast(minimum)).orElse(false))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(JobRole.class)));
        return lookup.page(organisationId, roles, required.isEmpty() ? null : holding(organisationId, required, on),
                teamFirst, page);
    }

    /** Who holds every one of the competencies in date on the day: one grouped query over the sign-offs. */
    private Set<UUID> holding(UUID organisationId, Set<String> required, LocalDate on) {
        return Set.copyOf(jdbc.sql("select staff_id from competency_signoff where organisation_id = :org "
                + "and competency_code in (:codes) and signed_on <= :on and expires_on >= :on and revoked_at is null "
                + "group by staff_id having count(distinct competency_code) = :size")
                .param("org", organisationId).param("codes", List.copyOf(required)).param("on", on)
                .param("size", required.size()).query(UUID.class).list());
    }

    /** Which of these sign-offs no longer count on the day: expired, or revoked. */
    public Set<UUID> lapsedAmong(UUID organisationId, Collection<UUID> signOffIds, LocalDate on) {
        if (signOffIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from competency_signoff where organisation_id = :org and id in (:ids) "
                + "and (expires_on < :on or revoked_at is not null)")
                .param("org", organisationId).param("ids", List.copyOf(signOffIds)).param("on", on)
                .query(UUID.class).list());
    }
    /** A member of staff's latest sign-off of a competency, due to expire by a date (or already expired). */
    public record Expiring(UUID signOffId, UUID staffId, String competencyCode, String title, LocalDate expiresOn) {
    }

    /**
     * The sign-offs of enabled staff that expire on or before {@code by}: the latest per person and competency, not
     * withdrawn or renewed (a renewal ends the earlier one's reminders).
     */
    public List<Expiring> expiringBy(UUID organisationId, LocalDate by) {
        List<Expiring> expiring = jdbc
                .sql("select so.id, so.staff_id, so.competency_code, c.title, so.expires_on from competency_signoff so "
                        + "join competency c on c.code = so.competency_code "
                        + "where so.organisation_id = ? and so.revoked_at is null and so.superseded_by is null "
                        + "and so.expires_on <= ? and not exists (select 1 from competency_signoff later "
                        + "where later.organisation_id = so.organisation_id and later.staff_id = so.staff_id "
                        + "and later.competency_code = so.competency_code and later.revoked_at is null "
                        + "and later.expires_on > so.expires_on)")
                .params(organisationId, by)
                .query((rs, n) -> new Expiring(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
        Set<UUID> enabled = lookup.enabledAmong(organisationId, expiring.stream().map(Expiring::staffId).toList());
        return expiring.stream().filter(e -> enabled.contains(e.staffId())).toList();
    }

    public Map<String, String> catalogue() {
        return jdbc.sql("select code, title from competency order by code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** A sign-off waiting for its assessor's name, which the staff directory gives. */
    static StaffNames.Awaiting<CompetencySignOff> map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID staffId = rs.getObject("staff_id", UUID.class);
        String code = rs.getString("competency_code");
        String title = rs.getString("title");
        UUID assessorId = rs.getObject("assessor_id", UUID.class);
        LocalDate signedOn = rs.getObject("signed_on", LocalDate.class);
        LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
        String method = rs.getString("method");
        var revokedAt = Time
                .instant(rs.getObject("revoked_at", OffsetDateTime.class));
        String revokeReason = rs.getString("revoke_reason");
        return StaffNames.awaiting(names -> new CompetencySignOff(id, staffId, code, title, assessorId,
                names.person(assessorId), signedOn, expiresOn, method, revokedAt, revokeReason), assessorId);
    }
}
