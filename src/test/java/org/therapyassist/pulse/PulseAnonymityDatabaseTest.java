package org.therapyassist.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.pulse.PulseRules.GroupKind;
import org.therapyassist.support.IntegrationTest;

/**
 * The attacks that de-anonymised the pulse on main, tried against a service of its own (so the demo and other tests
 * do not matter), with the clock set to the days the attacker would choose.
 */
@IntegrationTest
class PulseAnonymityDatabaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PulseReleases releases;
    @Autowired
    DataSource dataSource;

    /** A fictional service with teams of the given sizes (and, for a null name, people not in a team). */
    class Service {
        final UUID organisationId = UUID.randomUUID();
        final Map<String, UUID> teams = new LinkedHashMap<>();
        final Map<CurrentUser, String> staff = new LinkedHashMap<>();
        final CurrentUser lead;

        Service(Map<String, Integer> sizes) {
            jdbc.sql("insert into organisation (id, name) values (?, ?)").params(organisationId, "Pulse test service")
                    .update();
            sizes.forEach((name, size) -> {
                UUID team = null;
                if (!name.isEmpty()) {
                    team = UUID.randomUUID();
                    jdbc.sql("insert into team (id, organisation_id, name, setting) values (?, ?, ?, 'WARD')")
                            .params(team, organisationId, name).update();
                    teams.put(name, team);
                }
                for (int i = 0; i < size; i++) {
                    staff.put(person(team, "SUPPORT_WORKER", Role.SUPPORT_WORKER), name);
                }
            });
            lead = person(null, "TEAM_LEAD", Role.TEAM_LEAD);
        }

        CurrentUser person(UUID team, String jobRole, Role role) {
            UUID id = UUID.randomUUID();
            String username = "pulse-" + id.toString().substring(0, 13);
            jdbc.sql(
                    "insert into staff_member (id, organisation_id, team_id, username, password_hash, given_name, family_name, "
                            + "job_role, band, enabled) values (?, ?, ?, ?, 'x', 'Test', 'Person', ?, 3, true)")
                    .params(id, organisationId, team, username, jobRole).update();
            return new CurrentUser(id, organisationId, team, username, "Test Person", jobRole, 3,
                    role == Role.SUPPORT_WORKER ? Stage.SENIOR_SUPPORT_WORKER : null,
                    Set.of(role));
        }

        List<CurrentUser> in(String team) {
            return staff.entrySet().stream().filter(e -> e.getValue().equals(team)).map(Map.Entry::getKey).toList();
        }
    }

    Pulse on(LocalDate day) {
        return new Pulse(jdbc, Clock.fixed(day.atTime(12, 0).atZone(Time.LONDON).toInstant(), Time.LONDON), releases);
    }

    /** Every figure a lead has read, by month and group: a released figure must read the same every time. */
    static final class Reads {
        final Map<String, PulseResults.Group> seen = new HashMap<>();
        final List<PulseResults> all = new ArrayList<>();

        PulseResults read(Pulse pulse, CurrentUser lead) {
            PulseResults results = pulse.results(lead);
            all.add(results);
            for (PulseResults.Month m : results.months()) {
                for (PulseResults.Group g : m.groups()) {
                    PulseResults.Group before = seen.putIfAbsent(m.month() + " " + g.group(), g);
                    assertThat(before == null || before.equals(g)).as("%s %s read differently: %s then %s",
                            m.month(), g.group(), before, g).isTrue();
                }
            }
            return results;
        }
    }

    @Test
    void aSingleAnswerCannotBeRecoveredByReadingResultsBeforeAndAfterIt() {
        Service service = new Service(sizes("Alpha ward", 8, "Beta ward", 6, "Gamma ward", 1));
        LocalDate march = LocalDate.of(2031, 3, 1);
        Reads reads = new Reads();
        Random scores = new Random(11);

        PulseResults first = reads.read(on(march.plusDays(9)), service.lead);
        List<CurrentUser> answering = new ArrayList<>(service.staff.keySet());
        CurrentUser late = answering.removeFirst();
        for (CurrentUser person : answering) {
            on(march.plusDays(9)).answer(person, 1 + scores.nextInt(5), 1 + scores.nextInt(5), 1 + scores.nextInt(5));
            assertThat(reads.read(on(march.plusDays(9)), service.lead)).as("read straight after an answer")
                    .isEqualTo(first);
            assertThat(reads.read(on(march.plusDays(30)), service.lead)).as("read on the month's last day")
                    .isEqualTo(first);
        }
        assertThat(first.months()).extracting(PulseResults.Month::month).doesNotContain(march);
        assertThat(first.nextMonth()).isEqualTo(march);
        assertThat(first.nextReleasedOn()).isEqualTo(LocalDate.of(2031, 4, 2));

        // An answer on the month's last day; on 1 April the month has ended but is not out yet, so it still counts.
        on(march.plusDays(30)).answer(late, 4, 4, 2);
        assertThat(reads.read(on(LocalDate.of(2031, 4, 1)), service.lead)).isEqualTo(first);

        PulseResults released = reads.read(on(LocalDate.of(2031, 4, 2)), service.lead);
        PulseResults.Month marchResults = released.months().getFirst();
        assertThat(marchResults.month()).isEqualTo(march);
        assertThat(marchResults.groups()).filteredOn(PulseResults.Group::shown).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from pulse_response where organisation_id = ? and answer_month = ?")
                .params(service.organisationId, march).query(Long.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("select count(*) from pulse_answered where organisation_id = ? and answer_month = ?")
                .params(service.organisationId, march).query(Long.class).single())
                .as("who answered March is forgotten once it is released").isZero();

        // A server whose clock is behind cannot slip an answer into the released month; April's answers change nothing.
        CurrentUser newcomer = service.person(service.teams.get("Gamma ward"), "SUPPORT_WORKER", Role.SUPPORT_WORKER);
        assertThatThrownBy(() -> on(march.plusDays(30)).answer(newcomer, 5, 5, 5))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("pulse.month-closed"));
        for (CurrentUser person : service.staff.keySet()) {
            on(LocalDate.of(2031, 4, 3)).answer(person, 1, 1, 5);
            assertThat(reads.read(on(LocalDate.of(2031, 4, 3)), service.lead)).isEqualTo(released);
        }
        assertThat(reads.read(on(LocalDate.of(2031, 4, 30)), service.lead).months()).isEqualTo(released.months());
        assertThat(reads.all).hasSizeGreaterThan(30);
    }

    @Test
    void aHiddenSmallTeamCannotBeRecoveredBySubtractingPublishedTeamsFromTheWholeService() {
        // One month for each shape of service; people in "" are not in a team.
        List<Map<String, Integer>> months = List.of(
                sizes("Alpha ward", 7, "Beta ward", 6, "Gamma ward", 1),
                sizes("Alpha ward", 7, "Beta ward", 6, "Gamma ward", 0, "", 2),
                sizes("Alpha ward", 5, "Beta ward", 5, "Gamma ward", 3),
                sizes("Alpha ward", 9, "Beta ward", 2, "Gamma ward", 2),
                sizes("Alpha ward", 12, "Beta ward", 8, "Gamma ward", 6, "", 1),
                sizes("Alpha ward", 4, "Beta ward", 3, "Gamma ward", 1));
        Service service = new Service(sizes("Alpha ward", 12, "Beta ward", 8, "Gamma ward", 6, "", 2));
        LocalDate first = LocalDate.of(2032, 1, 1);
        Random scores = new Random(7);
        Map<LocalDate, Map<CurrentUser, Integer>> feelValued = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            LocalDate month = first.plusMonths(i);
            Map<CurrentUser, Integer> answers = new LinkedHashMap<>();
            months.get(i).forEach((team, size) -> {
                for (CurrentUser person : service.in(team).subList(0, size)) {
                    int score = 1 + scores.nextInt(5);
                    on(month.plusDays(14)).answer(person, score, 3, 3);
                    answers.put(person, score);
                }
            });
            feelValued.put(month, answers);
        }

        PulseResults results = new Reads().read(on(first.plusMonths(months.size()).plusDays(1)), service.lead);

        assertThat(results.months()).hasSize(months.size());
        for (PulseResults.Month month : results.months()) {
            Map<CurrentUser, Integer> answers = feelValued.get(month.month());
            Map<PulseResults.Group, List<CurrentUser>> published = new LinkedHashMap<>();
            List<UUID> shownTeams = month.groups().stream().filter(g -> g.shown() && g.kind() == GroupKind.TEAM)
                    .map(PulseResults.Group::teamId).toList();
            for (PulseResults.Group g : month.groups()) {
                if (g.shown()) {
                    List<CurrentUser> members = answers.keySet().stream().filter(p -> switch (g.kind()) {
                        case WHOLE_SERVICE -> true;
                        case TEAM -> Objects.equals(p.teamId(), g.teamId());
                        case OTHER_TEAMS -> !shownTeams.contains(p.teamId());
                    }).toList();
                    // The figure is what it says it is: the mean of exactly these people's answers.
                    assertThat(g.feelValued()).as("%s %s", month.month(), g.group()).isEqualTo(mean(members, answers));
                    published.put(g, members);
                } else {
                    assertThat(g.feelValued()).isNull();
                    assertThat(g.percentFeelValued()).isNull();
                    assertThat(g.answers()).isNull();
                    assertThat(g.reason()).isNotBlank();
                }
            }
            assertThat(smallestGroupAnySumOrDifferenceIsolates(List.copyOf(published.values()), answers.keySet()))
                    .as("%s: %s", month.month(), month.groups())
                    .isGreaterThanOrEqualTo(PulseRules.MINIMUM_GROUP);
        }
        PulseResults.Month sevenSixOne = results.months().getLast();
        assertThat(sevenSixOne.groups()).filteredOn(g -> g.group().equals("Gamma ward")).singleElement()
                .satisfies(g -> assertThat(g.shown()).isFalse());
    }

    @Test
    void leadsReadingAClosedMonthForTheFirstTimeAtOnceAllSeeTheOneRelease() throws Exception {
        Service service = new Service(sizes("Alpha ward", 6, "Beta ward", 5));
        LocalDate may = LocalDate.of(2033, 5, 1);
        Random scores = new Random(3);
        for (CurrentUser person : service.staff.keySet()) {
            on(may.plusDays(3)).answer(person, 1 + scores.nextInt(5), 3, 3);
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            var start = new CountDownLatch(1);
            List<Future<PulseResults>> reads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return on(LocalDate.of(2033, 6, 2)).results(service.lead);
                }));
            }
            start.countDown();
            PulseResults first = reads.getFirst().get();
            for (var read : reads) {
                assertThat(read.get()).isEqualTo(first);
            }
            assertThat(first.months().getFirst().groups()).hasSize(3).allSatisfy(g -> assertThat(g.shown()).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onPostgresqlEvenADirectSqlSessionCannotChangeAReleasedMonth() throws Exception {
        assumeThat(onPostgres()).as("the triggers are PostgreSQL's").isTrue();
        Service service = new Service(sizes("Alpha ward", 5));
        for (CurrentUser person : service.staff.keySet()) {
            on(LocalDate.of(2034, 2, 10)).answer(person, 2, 2, 2);
        }
        on(LocalDate.of(2034, 3, 2)).results(service.lead);
        assertThatThrownBy(() -> jdbc.sql("update pulse_release_group set feel_valued = 5 where organisation_id = ?")
                .param(service.organisationId).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from pulse_release_group where organisation_id = ?")
                .param(service.organisationId).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    boolean onPostgres() throws Exception {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /**
     * The attacker's subtraction, with the exact counts (which the page does not even give): every combination of
     * published figures added (+1), taken away (−1) or left out (0). A combination that comes to one figure for a set
     * of people (each counted once, all with the same sign) gives away that set's total; it must be five or more.
     */
    static int smallestGroupAnySumOrDifferenceIsolates(List<List<CurrentUser>> published, Set<CurrentUser> everyone) {
        int smallest = Integer.MAX_VALUE;
        int[] coefficient = new int[published.size()];
        for (int combination = 1; combination < Math.pow(3, published.size()); combination++) {
            for (int i = 0, c = combination; i < published.size(); i++, c /= 3) {
                coefficient[i] = c % 3 - 1;
            }
            Map<CurrentUser, Integer> weight = new HashMap<>();
            for (int i = 0; i < published.size(); i++) {
                for (CurrentUser p : published.get(i)) {
                    weight.merge(p, coefficient[i], Integer::sum);
                }
            }
            List<Integer> nonZero = weight.values().stream().filter(w -> w != 0).toList();
            if (!nonZero.isEmpty() && nonZero.stream().distinct().count() == 1 && Math.abs(nonZero.getFirst()) == 1) {
                smallest = Math.min(smallest, nonZero.size());
            }
        }
        return smallest;
    }

    static BigDecimal mean(List<CurrentUser> members, Map<CurrentUser, Integer> answers) {
        int sum = members.stream().mapToInt(answers::get).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members.size()), 1, RoundingMode.HALF_UP);
    }

    static Map<String, Integer> sizes(Object... nameAndSize) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < nameAndSize.length; i += 2) {
            sizes.put((String) nameAndSize[i], (Integer) nameAndSize[i + 1]);
        }
        return sizes;
    }
}
