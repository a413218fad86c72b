package org.therapyassist.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Stage;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** The competency sign-offs staff hold; what delegation checks before a task is handed over. */
@Service
@Transactional(readOnly = true)
public class CompetencyRegister {

    private static final String SELECT = "select so.id, so.staff_id, so.competency_code, c.title, so.assessor_id, "
            + "a.given_name || ' ' || a.family_name as assessor_name, so.signed_on, so.expires_on, so.method, so.revoked_at, "
            + "so.revoke_reason "
            + "from competency_signoff so join competency c on c.code = so.competency_code "
            + "join staff_member a on a.id = so.assessor_id ";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    CompetencyRegister(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    public CompetencyCheck check(UUID organisationId, UUID staffId, Collection<String> required, LocalDate on) {
        if (required.isEmpty()) {
            return CompetencyCheck.of(required, List.of(), on);
        }
        List<CompetencySignOff> signOffs = jdbc.sql(SELECT + "where so.organisation_id = :org and so.staff_id = :staff "
                + "and so.competency_code in (:codes)")
                .param("org", organisationId).param("staff", staffId).param("codes", List.copyOf(required))
                .query(CompetencyRegister::map).list();
        return CompetencyCheck.of(required, signOffs, on);
    }

    /** A person's sign-offs by competency, newest first within each, a page at a time. */
    public Page<CompetencySignOff> signOffsOf(UUID organisationId, UUID staffId, PageRequest page) {
        return PagedQuery.of(jdbc, page, SELECT.substring(0, SELECT.indexOf(" from ")),
                SELECT.substring(SELECT.indexOf(" from ")) + "where so.organisation_id = ? and so.staff_id = ?",
                "so.competency_code, so.expires_on desc, so.id", CompetencyRegister::map, organisationId, staffId);
    }

    public List<CompetencySignOff> signOffsOf(UUID organisationId, UUID staffId) {
        return jdbc.sql(SELECT
                + "where so.organisation_id = ? and so.staff_id = ? order by so.competency_code, so.expires_on desc")
                .params(organisationId, staffId).query(CompetencyRegister::map).list();
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
        String roles = java.util.Arrays.stream(JobRole.values())
                .filter(r -> r.stage().map(s -> s.isAtLeast(minimum)).orElse(false))
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ", "(", ")"));
        List<Object> params = new java.util.ArrayList<>();
        params.add(teamFirst);
        params.add(organisationId);
        String holds = "";
        if (!required.isEmpty()) {
            holds = " and (select count(distinct so.competency_code) from competency_signoff so where so.organisation_id = s.organisation_id "
                    + "and so.staff_id = s.id and so.signed_on <= ? and so.expires_on >= ? and so.revoked_at is null "
                    + "and so.competency_code in ("
                    + String.join(", ", java.util.Collections.nCopies(required.size(), "?")) + ")) = ?";
            params.add(on);
            params.add(on);
            params.addAll(required.stream().sorted().toList());
            params.add(required.size());
        }
        return PagedQuery.of(jdbc, page, StaffDirectory.SELECT.substring(0, StaffDirectory.SELECT.indexOf(" from ")),
                StaffDirectory.SELECT.substring(StaffDirectory.SELECT.indexOf(" from "))
                        + "cross join (select cast(? as uuid) as first_team) d "
                        + "where s.organisation_id = ? and s.enabled = true and s.job_role in " + roles + holds,
                "case when s.team_id = d.first_team then 0 else 1 end, s.family_name, s.given_name, s.id",
                StaffDirectory::map, params.toArray());
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
        return jdbc
                .sql("select so.id, so.staff_id, so.competency_code, c.title, so.expires_on from competency_signoff so "
                        + "join competency c on c.code = so.competency_code join staff_member s on s.id = so.staff_id "
                        + "where so.organisation_id = ? and s.enabled = true and so.revoked_at is null and so.superseded_by is null "
                        + "and so.expires_on <= ? and not exists (select 1 from competency_signoff later "
                        + "where later.organisation_id = so.organisation_id and later.staff_id = so.staff_id "
                        + "and later.competency_code = so.competency_code and later.revoked_at is null "
                        + "and later.expires_on > so.expires_on)")
                .params(organisationId, by)
                .query((rs, n) -> new Expiring(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    public Map<String, String> catalogue() {
        return jdbc.sql("select code, title from competency order by code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    static CompetencySignOff map(ResultSet rs, int n) throws SQLException {
        return new CompetencySignOff(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getString("competency_code"), rs.getString("title"), rs.getObject("assessor_id", UUID.class),
                rs.getString("assessor_name"), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("method"),
                org.therapyassist.platform.Time.instant(rs.getObject("revoked_at", java.time.OffsetDateTime.class)),
                rs.getString("revoke_reason"));
    }
}
