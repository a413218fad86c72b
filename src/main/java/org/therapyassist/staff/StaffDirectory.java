package org.therapyassist.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;

/** Finds staff and teams of an organisation. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    // Public only while the queries of other modules listed in TableOwnershipTest.NOT_YET_MOVED still join staff_member
    // (issue 12); they go when those modules ask through this class instead.
    public static final String SELECT = "select s.id, s.organisation_id, s.team_id, t.name as team_name, s.given_name, "
            + "s.family_name, s.job_role, s.band, s.hcpc_number, s.phone from staff_member s "
            + "left join team t on t.id = s.team_id ";

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> find(UUID organisationId, UUID staffId) {
        return jdbc.sql(SELECT + "where s.organisation_id = ? and s.id = ?")
                .params(organisationId, staffId).query(StaffDirectory::map).optional();
    }

    /** A member of staff whose account is in use (not disabled). */
    public Optional<StaffMember> findEnabled(UUID organisationId, UUID staffId) {
        return jdbc.sql(SELECT + "where s.organisation_id = ? and s.id = ? and s.enabled = true")
                .params(organisationId, staffId).query(StaffDirectory::map).optional();
    }

    public StaffMember require(UUID organisationId, UUID staffId) {
        return find(organisationId, staffId)
                .orElseThrow(() -> new NotFoundException("staff.not-found", "There is no such member of staff."));
    }

    public Map<UUID, StaffMember> byIds(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + "where s.organisation_id = :org and s.id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(ids))
                .query(StaffDirectory::map).list().stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    public List<StaffMember> all(UUID organisationId) {
        return jdbc.sql(SELECT
                + "where s.organisation_id = ? and s.enabled = true order by t.name, s.family_name, s.given_name")
                .param(organisationId).query(StaffDirectory::map).list();
    }

    /** Job roles with a framework stage, as SQL: the support workers. */
    // Public only while the queries of other modules listed in TableOwnershipTest.NOT_YET_MOVED still join staff_member
    // (issue 12); they go when those modules ask through this class instead.
    public static final String SUPPORT_ROLES = java.util.Arrays.stream(JobRole.values())
            .filter(r -> r.stage().isPresent())
            .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** Staff of the organisation (or only support workers) by team and name, a page at a time. */
    public Page<StaffMember> page(UUID organisationId, boolean supportWorkersOnly, PageRequest page) {
        return PagedQuery.of(jdbc, page, SELECT.substring(0, SELECT.indexOf(" from ")),
                SELECT.substring(SELECT.indexOf(" from ")) + "where s.organisation_id = ? and s.enabled = true"
                        + (supportWorkersOnly ? " and s.job_role in " + SUPPORT_ROLES : ""),
                "t.name, s.family_name, s.given_name, s.id", StaffDirectory::map, organisationId);
    }

    /** Who a form's picker offers. */
    public enum Pick { EVERYONE, SUPPORT_WORKERS, REGISTERED }

    /**
     * The options of a picker ({@code <select>}): enabled staff by team and name, at most {@link PageRequest#MAX_SIZE};
     * a form never lists a whole large organisation.
     */
    public List<StaffMember> options(UUID organisationId, Pick pick) {
        String roles = switch (pick) {
            case EVERYONE -> "";
            case SUPPORT_WORKERS -> " and s.job_role in " + SUPPORT_ROLES;
            case REGISTERED -> java.util.Arrays.stream(JobRole.values()).filter(JobRole::registered)
                    .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ", " and s.job_role in (", ")"));
        };
        return jdbc.sql(SELECT + "where s.organisation_id = ? and s.enabled = true" + roles
                + " order by t.name, s.family_name, s.given_name, s.id limit ?")
                .params(organisationId, PageRequest.MAX_SIZE).query(StaffDirectory::map).list();
    }

    /** A team's enabled staff by name: one team, not the organisation filtered in memory. */
    public List<StaffMember> teamMembers(UUID organisationId, UUID teamId) {
        return jdbc.sql(SELECT
                + "where s.organisation_id = ? and s.team_id = ? and s.enabled = true order by s.family_name, s.given_name")
                .params(organisationId, teamId).query(StaffDirectory::map).list();
    }

    public List<StaffMember> supportWorkers(UUID organisationId) {
        return all(organisationId).stream().filter(s -> s.stage().isPresent()).toList();
    }

    public List<Team> teams(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, name, setting from team where organisation_id = ? order by name")
                .param(organisationId)
                .query((rs, n) -> new Team(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** Team names by id, for the ids of this organisation that exist. */
    public Map<UUID, String> teamNames(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> out = new java.util.HashMap<>();
        jdbc.sql("select id, name from team where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(new java.util.HashSet<>(ids)))
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return out;
    }

    /** Display names by id ("Given Family"), for the ids of this organisation that exist. */
    public Map<UUID, String> names(UUID organisationId, Collection<UUID> ids) {
        Map<UUID, String> out = new java.util.HashMap<>();
        byIds(organisationId, new java.util.HashSet<>(ids)).forEach((id, person) -> out.put(id, person.displayName()));
        return out;
    }

    public static StaffMember map(ResultSet rs, int n) throws SQLException {
        return new StaffMember(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("given_name"),
                rs.getString("family_name"), JobRole.valueOf(rs.getString("job_role")), rs.getInt("band"),
                rs.getString("hcpc_number"), rs.getString("phone"));
    }
}
