package org.therapyassist.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.SearchWords;
import org.therapyassist.platform.web.Messages;

/** Finds staff and teams of an organisation. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    // Shared with StaffLookup, the other reader of staff_member.
    static final String SELECT = "select s.id, s.organisation_id, s.team_id, t.name as team_name, s.given_name, "
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

    /**
     * Throws 404 for an id that is not a member of staff here; 403 for no id at all, which is what a system calling
     * with a bearer token has for "me": it is no member of staff, so nothing about "my" record is its to read.
     */
    public StaffMember require(UUID organisationId, UUID staffId) {
        if (staffId == null) {
            throw new NotAllowedException("auth.not-staff", Messages.text("staff.refusal.not-staff"));
        }
        return find(organisationId, staffId)
                .orElseThrow(
                        () -> new NotFoundException("staff.not-found", Messages.text("staff.refusal.staff-not-found")));
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

    /**
     * Enabled staff whose names start with every word typed (first or last name, any order), by name, at most
     * {@code limit}: the header's search. Words are matched as prefixes, so "pri ram" finds Priya Raman.
     */
    public List<StaffMember> search(UUID organisationId, String text, int limit) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("where s.organisation_id = :org and s.enabled = true");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (lower(s.given_name) like :w").append(i).append(" or lower(s.family_name) like :w")
                    .append(i).append(")");
            params.put("w" + i, words.get(i) + "%");
        }
        return jdbc.sql(SELECT + where + " order by s.family_name, s.given_name, s.id limit :limit").params(params)
                .param("limit", limit).query(StaffDirectory::map).list();
    }

    /** Job roles with a framework stage, as SQL: the support workers. */
    private static final String SUPPORT_ROLES = Arrays.stream(JobRole.values())
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
            case REGISTERED -> Arrays.stream(JobRole.values()).filter(JobRole::registered)
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
        Map<UUID, String> out = new HashMap<>();
        jdbc.sql("select id, name from team where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(new HashSet<>(ids)))
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return out;
    }

    /** Display names by id ("Given Family"), for the ids of this organisation that exist. */
    public Map<UUID, String> names(UUID organisationId, Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        byIds(organisationId, new HashSet<>(ids)).forEach((id, person) -> out.put(id, person.displayName()));
        return out;
    }

    // ---- Pages and counts for modules that keep their own records about staff (development, induction, reminders;
    // issue 12): they read their own tables for ids, then ask here, so only this module reads staff_member and team.

    /** How a page of staff is sorted; each order ends with the id, so rows never move between pages. */
    public enum Order {
        /** By team, then family and given name: the directory's own order. */
        TEAM_AND_NAME("t.name, s.family_name, s.given_name, s.id"),
        /** By family name, then given name. */
        FAMILY_NAME("s.family_name, s.given_name, s.id"),
        /** By given name, then family name: as a display name reads. */
        GIVEN_NAME("s.given_name, s.family_name, s.id");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** These people of the organisation (whether or not their account is in use), sorted, a page at a time. */
    public Page<StaffMember> page(UUID organisationId, Collection<UUID> ids, Order order, PageRequest page) {
        if (ids.isEmpty()) {
            return page.of(0, List::of);
        }
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<Object> params = new ArrayList<>(List.of(organisationId));
        params.addAll(distinct);
        return PagedQuery.of(jdbc, page, SELECT.substring(0, SELECT.indexOf(" from ")),
                SELECT.substring(SELECT.indexOf(" from ")) + "where s.organisation_id = ? and s.id in "
                        + marks(distinct),
                order.sql, StaffDirectory::map, params.toArray());
    }

    /**
     * The support workers of the organisation (accounts in use), a page at a time: those named in {@code last} after
     * all the others, each part sorted by {@code order}. A module that knows from its own records who is in good
     * standing passes them as {@code last}, so that everyone needing attention (including people it has no record of)
     * comes first.
     */
    public Page<StaffMember> supportWorkers(UUID organisationId, Collection<UUID> last, Order order,
            PageRequest page) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(last));
        List<Object> params = new ArrayList<>(distinct);
        String lastFirst = distinct.isEmpty() ? "" : "case when s.id in " + marks(distinct) + " then 1 else 0 end, ";
        // The ids appear in the order, not the where clause; the count must not be given them.
        String from = SELECT.substring(SELECT.indexOf(" from "))
                + "where s.organisation_id = ? and s.enabled = true and s.job_role in " + SUPPORT_ROLES;
        long total = jdbc.sql("select count(*) " + from).param(organisationId).query(Long.class).single();
        params.addFirst(organisationId);
        params.add(page.size());
        params.add(page.offset());
        return page.of(total, () -> jdbc.sql(SELECT.substring(0, SELECT.indexOf(" from ")) + from + " order by "
                + lastFirst + order.sql + " limit ? offset ?").params(params.toArray()).query(StaffDirectory::map)
                .list());
    }

    /** How many support workers (accounts in use) the organisation has other than these. */
    public long supportWorkersOtherThan(UUID organisationId, Collection<UUID> ids) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<Object> params = new ArrayList<>(List.of(organisationId));
        params.addAll(distinct);
        return jdbc.sql("select count(*) from staff_member s where s.organisation_id = ? and s.enabled = true "
                + "and s.job_role in " + SUPPORT_ROLES
                + (distinct.isEmpty() ? "" : " and s.id not in " + marks(distinct)))
                .params(params.toArray()).query(Long.class).single();
    }

    /** Every organisation's id, for work done for each in turn (the daily reminders). */
    public List<UUID> organisations() {
        return jdbc.sql("select id from organisation order by id").query(UUID.class).list();
    }

    private static String marks(List<?> values) {
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    static StaffMember map(ResultSet rs, int n) throws SQLException {
        return new StaffMember(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("given_name"),
                rs.getString("family_name"), JobRole.valueOf(rs.getString("job_role")), rs.getInt("band"),
                rs.getString("hcpc_number"), rs.getString("phone"));
    }
}
