package org.therapyassist.induction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.induction.Induction.Item;
import org.therapyassist.induction.Induction.Plan;
import org.therapyassist.induction.Induction.Summary;
import org.therapyassist.induction.InductionRules.ItemKind;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;

/**
 * Reads induction plans and the overview of new starters: the plans' own tables, then the people's names and teams
 * and the assessors' names from the staff directory, a fixed number of queries per page.
 */
@Component
@Transactional(readOnly = true)
class InductionRecords {

    /** A plan with its item counts, waiting for its person's name and team. */
    private record Counted(UUID planId, UUID staffId, LocalDate startsOn, int total, int done) {
    }

    private static final String COUNTED = "select p.id, p.staff_id, p.starts_on, count(i.id), count(i.signed_off_at) "
            + "from induction_plan p left join induction_item i on i.plan_id = p.id "
            + "where p.organisation_id = ? group by p.id, p.staff_id, p.starts_on";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffNames names;

    InductionRecords(JdbcClient jdbc, StaffDirectory staff, StaffNames names) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.names = names;
    }

    Optional<Plan> planOf(StaffMember person, LocalDate today) {
        UUID organisationId = person.organisationId();
        return jdbc.sql(
                "select id, starts_on, standard_set from induction_plan where organisation_id = ? and staff_id = ?")
                .params(organisationId, person.id())
                .query((rs,
                        n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                                rs.getString(3)})
                .optional()
                .map(p -> {
                    List<Item> items = items(organisationId, (UUID) p[0]);
                    int done = (int) items.stream().filter(Item::signedOff).count();
                    return new Plan((UUID) p[0], person.id(), person.displayName(), person.teamName(),
                            (LocalDate) p[1], StandardSet.valueOf((String) p[2]), items,
                            InductionProgress.of((LocalDate) p[1], done, items.size(), today));
                });
    }

    /**
     * New starters' plans a page at a time, those still open first (by start date, longest running first), then the
     * complete ones, newest first.
     */
    Page<Summary> overview(UUID organisationId, LocalDate today, PageRequest page) {
        Page<Counted> counted = PagedQuery.of(jdbc, page, COUNTED.substring(0, COUNTED.indexOf(" from ")),
                COUNTED.substring(COUNTED.indexOf(" from ")),
                "case when count(i.id) > 0 and count(i.signed_off_at) >= count(i.id) then 1 else 0 end, "
                        + "case when count(i.id) > 0 and count(i.signed_off_at) >= count(i.id) then null else p.starts_on end, "
                        + "p.starts_on desc, p.id",
                InductionRecords::counted, organisationId);
        return new Page<>(summaries(organisationId, counted.items(), today), counted.page(), counted.size(),
                counted.hasMore(), counted.total());
    }

    /** Every new starter with a plan, behind first, then by start date. */
    List<Summary> overview(UUID organisationId, LocalDate today) {
        List<Summary> all = new ArrayList<>(summaries(organisationId,
                jdbc.sql(COUNTED + " order by p.starts_on").param(organisationId).query(InductionRecords::counted)
                        .list(),
                today));
        all.sort((a, b) -> Boolean.compare(b.progress().behind(), a.progress().behind()));
        return all;
    }

    private List<Summary> summaries(UUID organisationId, List<Counted> plans, LocalDate today) {
        Map<UUID, StaffMember> people = staff.byIds(organisationId,
                plans.stream().map(Counted::staffId).distinct().toList());
        return plans.stream().map(c -> {
            StaffMember person = people.get(c.staffId());
            return new Summary(c.planId(), c.staffId(), person == null ? null : person.displayName(),
                    person == null ? null : person.teamName(), c.startsOn(),
                    InductionProgress.of(c.startsOn(), c.done(), c.total(), today));
        }).toList();
    }

    private List<Item> items(UUID organisationId, UUID planId) {
        return names.complete(organisationId, jdbc.sql("select i.* from induction_item i "
                + "where i.organisation_id = ? and i.plan_id = ? order by i.position")
                .params(organisationId, planId).query(InductionRecords::item).list());
    }

    private static Counted counted(ResultSet rs, int n) throws SQLException {
        return new Counted(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                rs.getInt(4), rs.getInt(5));
    }

    private static StaffNames.Awaiting<Item> item(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ItemKind kind = ItemKind.valueOf(rs.getString("kind"));
        Integer number = rs.getObject("standard_number", Integer.class);
        String title = rs.getString("title");
        UUID by = rs.getObject("signed_off_by", UUID.class);
        Instant at = Time.instant(rs.getObject("signed_off_at", OffsetDateTime.class));
        String note = rs.getString("note");
        return StaffNames.awaiting(found -> new Item(id, kind, number, title, by, found.person(by), at, note), by);
    }
}
