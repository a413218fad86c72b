package org.therapyassist.competence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.Leads;
import org.therapyassist.staff.StaffDirectory;
/**
 * The team gap analysis and training needs analysis: every support worker against every competency statement,
 * with counts per domain and what expires next. One grouped query over the sign-offs; the status of each cell is the
 * same rule the development page uses ({@link GapStatus}).
 */
@Service
@Transactional(readOnly = true)
public class TrainingNeeds {

    /** How many of the soonest expiries the list shows. */
    static final int EXPIRING_LIST_LIMIT = 50;

    public record Person(UUID id, String name, UUID teamId, String team, Stage stage) {
    }

    public record Row(Person person, List<GapStatus> cells) {

        public long count(GapStatus status) {
            return cells.stream().filter(c -> c == status).count();
        }
    }

    public record DomainCount(int domain, String name, long held, long expiring, long expired, long missing) {
    }

    @Schema(name = "ExpiringCompetency")
    public record Expiring(UUID staffId, String name, String team, String competencyCode, String title,
            LocalDate expiresOn) {
    }

    public record Grid(LocalDate on, UUID teamId, List<Statement> statements, List<Row> rows, List<DomainCount> domains,
            List<Expiring> expiringNext) {

        public long total(GapStatus status) {
            return rows.stream().mapToLong(r -> r.count(status)).sum();
        }
    }

    private record Key(UUID staffId, String code) {
    }

    private record Signed(LocalDate validUntil) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Development development;
    private final Clock clock;

    TrainingNeeds(JdbcClient jdbc, StaffDirectory staff, Development development, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.development = development;
        this.clock = clock;
    }

    /** The grid for one team, or for the whole organisation when teamId is null. */
    public Grid grid(CurrentUser viewer, UUID teamId) {
        if (!Leads.isLead(viewer)) {
            throw new NotAllowedException("development.gap-analysis-for-leads",
                    Messages.text("competence.refusal.gap-analysis-for-leads"));
        }
        UUID org = viewer.organisationId();
        LocalDate today = Time.today(clock);
        List<Statement> statements = development.catalogue();
        List<Person> people = staff.supportWorkers(org).stream()
                .filter(s -> teamId == null || teamId.equals(s.teamId()))
                .map(s -> new Person(s.id(), s.displayName(), s.teamId(), s.teamName(), s.stage().orElseThrow()))
                .toList();
        Map<Key, Signed> signed = new HashMap<>();
        // For one team, only its support workers' sign-offs (the directory gave their ids); no one, no query.
        List<UUID> ids = people.stream().map(Person::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select so.staff_id, so.competency_code, "
                    + "max(case when so.revoked_at is null and so.signed_on <= :today then so.expires_on end) "
                    + "from competency_signoff so where so.organisation_id = :org "
                    + (teamId == null ? "" : "and so.staff_id in (:ids) ") + "group by so.staff_id, so.competency_code")
                    .param("today", today).param("org", org)
                    .params(teamId == null ? Map.of() : Map.of("ids", ids))
                    .query(rs -> {
                        signed.put(new Key(rs.getObject(1, UUID.class), rs.getString(2)),
                                new Signed(rs.getObject(3, LocalDate.class)));
                    });
        }
        List<Row> rows = new ArrayList<>(people.size());
        Map<Integer, EnumMap<GapStatus, Long>> perDomain = new TreeMap<>();
        List<Expiring> expiring = new ArrayList<>();
        for (Person p : people) {
            List<GapStatus> cells = new ArrayList<>(statements.size());
            for (Statement s : statements) {
                Signed sign = signed.get(new Key(p.id(), s.code()));
                GapStatus status = GapStatus.of(s.expectedAt(p.stage()), sign == null ? null : sign.validUntil(),
                        sign != null, today);
                cells.add(status);
                perDomain.computeIfAbsent(s.domain(), d -> new EnumMap<>(GapStatus.class)).merge(status, 1L, Long::sum);
                if (status == GapStatus.EXPIRING) {
                    expiring.add(new Expiring(p.id(), p.name(), p.team(), s.code(), s.title(), sign.validUntil()));
                }
            }
            rows.add(new Row(p, List.copyOf(cells)));
        }
        Map<Integer, String> names = development.domains();
        List<DomainCount> domains = perDomain.entrySet().stream()
                .map(e -> new DomainCount(e.getKey(), names.get(e.getKey()),
                        e.getValue().getOrDefault(GapStatus.HELD, 0L),
                        e.getValue().getOrDefault(GapStatus.EXPIRING, 0L),
                        e.getValue().getOrDefault(GapStatus.EXPIRED, 0L),
                        e.getValue().getOrDefault(GapStatus.MISSING, 0L)))
                .toList();
        List<Expiring> soonest = expiring.stream()
                .sorted(Comparator.comparing(Expiring::expiresOn).thenComparing(Expiring::name))
                .limit(EXPIRING_LIST_LIMIT).toList();
        return new Grid(today, teamId, statements, List.copyOf(rows), domains, soonest);
    }

    /**
     * The grid as CSV for a spreadsheet: one row per person, one column per statement. Cells that a spreadsheet would
     * run as a formula are neutralised, since names are typed by people.
     */
    public static String csv(Grid grid) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.text("competence.csv.name")).append(',').append(Messages.text("competence.csv.team"))
                .append(',').append(Messages.text("competence.csv.stage"));
        grid.statements().forEach(s -> out.append(',').append(cell(s.code() + " " + s.title())));
        for (String total : List.of("held", "expiring", "expired", "missing")) {
            out.append(',').append(Messages.text("competence.csv." + total));
        }
        out.append("\r\n");
        for (Row row : grid.rows()) {
            out.append(cell(row.person().name())).append(',').append(cell(row.person().team())).append(',')
                    .append(cell(row.person().stage().title()));
            row.cells().forEach(c -> out.append(',').append(c == GapStatus.NOT_REQUIRED ? "" : c.title()));
            out.append(',').append(row.count(GapStatus.HELD)).append(',').append(row.count(GapStatus.EXPIRING))
                    .append(',').append(row.count(GapStatus.EXPIRED)).append(',').append(row.count(GapStatus.MISSING))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
