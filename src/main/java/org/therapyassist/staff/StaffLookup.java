package org.therapyassist.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.web.Messages;

/**
 * What modules that keep their own records about staff (competence, training) ask of the directory: the organisation,
 * which of their people are still in post, a team's people, and a page of staff narrowed to the ids they found in their
 * own tables. They read their own table first, then ask here with the ids: a fixed number of queries per list.
 */
@Service
@Transactional(readOnly = true)
public class StaffLookup {

    /** The organisation a passport names as its issuer. */
    public record Organisation(UUID id, String name, String odsCode) {
    }

    private final JdbcClient jdbc;

    StaffLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation organisation(UUID organisationId) {
        return jdbc.sql("select id, name, ods_code from organisation where id = ?").param(organisationId)
                .query((rs, n) -> new Organisation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("organisation.not-found",
                        Messages.text("staff.refusal.organisation-not-found")));
    }

    /** Which of these people of the organisation have an account in use (not disabled). */
    public Set<UUID> enabledAmong(UUID organisationId, Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from staff_member where organisation_id = :org and id in (:ids) "
                + "and enabled = true")
                .param("org", organisationId).param("ids", List.copyOf(Set.copyOf(staffIds))).query(UUID.class)
                .list());
    }

    /** Everyone in a team, enabled or not: for filtering records the team's people made. */
    public Set<UUID> idsInTeam(UUID organisationId, UUID teamId) {
        return Set.copyOf(jdbc.sql("select id from staff_member where organisation_id = ? and team_id = ?")
                .params(organisationId, teamId).query(UUID.class).list());
    }

    /** The day the person reached their current framework stage, when recorded. */
    public Optional<LocalDate> stageSince(UUID organisationId, UUID staffId) {
        return jdbc.sql("select stage_since from staff_member where organisation_id = ? and id = ?")
                .params(organisationId, staffId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional().flatMap(since -> since);
    }

    /**
     * Enabled staff in these job roles, the given team's first (when not null) then by name, a page at a time; when
     * {@code among} is not null, only those people (ids another module found in its own records).
     */
    public Page<StaffMember> page(UUID organisationId, Set<JobRole> roles, Collection<UUID> among, UUID teamFirst,
            PageRequest page) {
        if (roles.isEmpty() || (among != null && among.isEmpty())) {
            return Page.empty(page);
        }
        List<Object> params = new ArrayList<>();
        params.add(teamFirst);
        params.add(organisationId);
        String only = "";
        if (among != null) {
            List<UUID> ids = List.copyOf(Set.copyOf(among));
            only = " and s.id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
            params.addAll(ids);
        }
        String inRoles = roles.stream().map(r -> "'" + r.name() + "'").sorted()
                .collect(Collectors.joining(", ", "(", ")"));
        String select = StaffDirectory.SELECT;
        return PagedQuery.of(jdbc, page, select.substring(0, select.indexOf(" from ")),
                select.substring(select.indexOf(" from ")) + "cross join (select cast(? as uuid) as first_team) d "
                        + "where s.organisation_id = ? and s.enabled = true and s.job_role in " + inRoles + only,
                "case when s.team_id = d.first_team then 0 else 1 end, s.family_name, s.given_name, s.id",
                StaffDirectory::map, params.toArray());
    }

    /**
     * Staff in post (accounts in use) matching an HCPC number (exact) and name parts (prefixes, case ignored; any part,
     * family, given), by name; null means "not searched by". At most {@code limit} + 1 rows, so that the caller can
     * tell that more matched.
     */
    public List<StaffMember> matching(UUID organisationId, String hcpcNumber, String name, String family,
            String given, int limit) {
        StringBuilder where = new StringBuilder("where s.organisation_id = :org and s.enabled = true");
        var params = new HashMap<String, Object>();
        params.put("org", organisationId);
        if (hcpcNumber != null) {
            where.append(" and s.hcpc_number = :hcpc");
            params.put("hcpc", hcpcNumber.strip().toUpperCase(Locale.UK));
        }
        if (name != null && !name.isBlank()) {
            where.append(" and (lower(s.family_name) like :name or lower(s.given_name) like :name)");
            params.put("name", prefix(name));
        }
        if (family != null && !family.isBlank()) {
            where.append(" and lower(s.family_name) like :family");
            params.put("family", prefix(family));
        }
        if (given != null && !given.isBlank()) {
            where.append(" and lower(s.given_name) like :given");
            params.put("given", prefix(given));
        }
        return jdbc.sql(StaffDirectory.SELECT + where + " order by s.family_name, s.given_name, s.id limit :limit")
                .params(params).param("limit", limit + 1).query(StaffDirectory::map).list();
    }

    private static String prefix(String text) {
        return text.strip().toLowerCase(Locale.UK).replaceAll("[%_\\\\]", "") + "%";
    }
}
