package org.therapyassist.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.groups.GroupRules.Line;
import org.therapyassist.groups.GroupRules.Placement;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.Stage;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffMember;

class GroupRulesTest {

    static StaffMember staff(JobRole role, String hcpc) {
        return new StaffMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Team", "Alex", "Smith", role,
                3, hcpc, null);
    }

    @Test
    void placesAreGivenWhileFreeAndTheNextPersonWaits() {
        assertThat(GroupRules.place(0, 12)).isEqualTo(Placement.ENROLLED);
        assertThat(GroupRules.place(11, 12)).isEqualTo(Placement.ENROLLED);
        assertThat(GroupRules.place(12, 12)).isEqualTo(Placement.WAITING);
        assertThat(GroupRules.place(13, 12)).isEqualTo(Placement.WAITING);
        assertThat(GroupRules.place(0, 1)).isEqualTo(Placement.ENROLLED);
        assertThatThrownBy(() -> GroupRules.place(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void h39_thirtyPeopleIntoAClassOfTwelveNeverOverBook() {
        int enrolled = 0;
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (GroupRules.place(enrolled, 12) == Placement.ENROLLED) {
                enrolled++;
            } else {
                positions.add(GroupRules.nextWaitingPosition(positions));
            }
        }
        assertThat(enrolled).isEqualTo(12);
        assertThat(positions).hasSize(18).doesNotHaveDuplicates().isSorted().startsWith(1).endsWith(18);
    }

    @Test
    void waitingPositionsFollowTheLastEvenWithGaps() {
        assertThat(GroupRules.nextWaitingPosition(List.of())).isEqualTo(1);
        assertThat(GroupRules.nextWaitingPosition(List.of(2, 5, 3))).isEqualTo(6);
    }

    @Test
    void theLongestWaitingIsOfferedTheFreedPlace() {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        waiting.put("third", 7);
        waiting.put("first", 2);
        waiting.put("second", 4);
        assertThat(GroupRules.nextOffered(waiting)).contains("first");
        assertThat(GroupRules.nextOffered(Map.<String, Integer>of())).isEmpty();
    }

    @Test
    void h38_aLeaderMustBeAtTheClassStageOrARegistrant() {
        assertThat(GroupRules.mayLead(staff(JobRole.SUPPORT_WORKER, null), Stage.SENIOR_SUPPORT_WORKER)).isFalse();
        assertThat(GroupRules.mayLead(staff(JobRole.SENIOR_SUPPORT_WORKER, null), Stage.SENIOR_SUPPORT_WORKER))
                .isTrue();
        assertThat(GroupRules.mayLead(staff(JobRole.ASSISTANT_PRACTITIONER, null), Stage.SENIOR_SUPPORT_WORKER))
                .isTrue();
        assertThat(GroupRules.mayLead(staff(JobRole.SENIOR_SUPPORT_WORKER, null), Stage.ASSISTANT_PRACTITIONER))
                .isFalse();
        assertThat(GroupRules.mayLead(staff(JobRole.PHYSIOTHERAPIST, "PH123456"), Stage.SUPPORT_WORKER_LEAD)).isTrue();
        assertThat(GroupRules.mayLead(staff(JobRole.PHYSIOTHERAPIST, null), Stage.SENIOR_SUPPORT_WORKER))
                .as("a therapist without a valid registration number is not treated as registered").isFalse();
        assertThat(GroupRules.mayLead(staff(JobRole.ADMINISTRATOR, null), Stage.SUPPORT_WORKER)).isFalse();
    }

    @Test
    void h40_aRegisterLineForSomeoneNotEnrolledIsRefused() {
        UUID enrolled = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        Map<String, String> errors = GroupRules.checkRegister(Set.of(enrolled),
                List.of(new Line(enrolled, Outcome.ATTENDED, null), new Line(stranger, Outcome.ATTENDED, null)));
        assertThat(errors).containsKey("register");
    }

    @Test
    void everyEnrolledPatientNeedsAnOutcomeAndNotesAreLimited() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Map<String, String> errors = GroupRules.checkRegister(Set.of(a, b, c),
                List.of(new Line(a, null, null), new Line(b, Outcome.ATTENDED, "x".repeat(1001))));
        assertThat(errors).containsKeys("outcome-" + a, "note-" + b, "outcome-" + c).doesNotContainKey("register");
        assertThat(GroupRules.checkRegister(Set.of(a), List.of(new Line(a, Outcome.DID_NOT_ATTEND, "Unwell"))))
                .isEmpty();
        assertThat(GroupRules.checkRegister(Set.of(a),
                List.of(new Line(a, Outcome.ATTENDED, null), new Line(a, Outcome.ATTENDED, null))))
                .containsKey("register");
    }

    @Test
    void aMeasureIsTakenOnlyForSomeoneEnrolledWhoAttendedAndOnlyAQuickOne() {
        UUID came = UUID.randomUUID();
        UUID away = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        List<Line> lines = List.of(new Line(came, Outcome.ATTENDED, null),
                new Line(away, Outcome.DID_NOT_ATTEND, null));
        assertThat(GroupRules.checkMeasures(Set.of(came, away), lines,
                List.of(new Registers.MeasureEntry(came, "TUG", new BigDecimal("12.5"))))).isEmpty();
        assertThat(GroupRules.checkMeasures(Set.of(came, away), lines, List.of(
                new Registers.MeasureEntry(stranger, "TUG", BigDecimal.TEN),
                new Registers.MeasureEntry(away, "TUG", BigDecimal.TEN))))
                .containsOnlyKeys("measures", "measure-" + away);
        assertThat(GroupRules.checkMeasures(Set.of(came), lines,
                List.of(new Registers.MeasureEntry(came, "BERG", BigDecimal.TEN))))
                .containsEntry("measure-" + came, "Choose a measure from the list");
        assertThat(
                GroupRules.checkMeasures(Set.of(came), lines, List.of(new Registers.MeasureEntry(came, "TUG", null))))
                .containsEntry("measure-" + came, "Enter the result of the measure");
    }

    @Test
    void aNewClassNeedsATeamOfTheServiceAndACapacityOfAtMostSixty() {
        UUID team = UUID.randomUUID();
        var good = new GroupClasses.NewClass(team, "Strength and balance", ClassType.STRENGTH_AND_BALANCE, 60,
                Stage.SENIOR_SUPPORT_WORKER, null, "Therapy gym", DayOfWeek.MONDAY, LocalTime.of(10, 30), 45);
        assertThat(GroupRules.checkNewClass(good, List.of(team))).isEmpty();
        assertThat(GroupRules.checkNewClass(good, List.of(UUID.randomUUID()))).containsOnlyKeys("teamId");
        var tooBig = new GroupClasses.NewClass(team, "Strength and balance", ClassType.STRENGTH_AND_BALANCE, 61,
                Stage.SENIOR_SUPPORT_WORKER, null, "Therapy gym", DayOfWeek.MONDAY, LocalTime.of(10, 30), 10);
        assertThat(GroupRules.checkNewClass(tooBig, List.of(team)))
                .containsEntry("capacity", "Enter a capacity from 1 to 60").containsKey("durationMinutes");
        assertThat(GroupRules
                .checkNewClass(new GroupClasses.NewClass(null, " ", null, null, null, "x".repeat(2001), " ", null,
                        null, null), List.of(team)))
                .containsOnlyKeys("teamId", "name", "type", "capacity", "leaderStage",
                        "defaultExercises", "venue", "dayOfWeek", "startTime", "durationMinutes");
    }

    @Test
    void aBlockOfSessionsStartsTodayOrLaterAndRunsOneToTwentySixWeeks() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        UUID leader = UUID.randomUUID();
        assertThat(GroupRules.checkNewSessions(new GroupClasses.NewSessions(today, null, leader), today)).isEmpty();
        assertThat(GroupRules.weeks(new GroupClasses.NewSessions(today, null, leader))).isEqualTo(1);
        assertThat(GroupRules.checkNewSessions(new GroupClasses.NewSessions(today.minusDays(1), 27, null), today))
                .containsOnlyKeys("firstDate", "weeks", "leaderId");
        assertThat(GroupRules.checkNewSessions(new GroupClasses.NewSessions(null, 0, leader), today))
                .containsEntry("firstDate", "Enter the date of the first session").containsKey("weeks");
    }

    static PatientSummary named(UUID id, String name) {
        return new PatientSummary(id, "999 000 0000", name, LocalDate.of(1940, 1, 1), "1 Test Street", "NG1 1AA",
                List.of());
    }

    record Row(UUID id, UUID patientId) {
    }

    @Test
    void h6_rowsFollowThePatientsModulesNameOrderAndPeopleOfTheSameNameKeepTheRowsOwnOrder() {
        UUID adams = UUID.randomUUID();
        UUID oakesAnn = UUID.randomUUID();
        UUID otherOakesAnn = UUID.randomUUID();
        UUID zeller = UUID.randomUUID();
        Row z = new Row(UUID.fromString("00000000-0000-7000-8000-000000000001"), zeller);
        Row a = new Row(UUID.fromString("00000000-0000-7000-8000-000000000002"), adams);
        // Two people called Ann Oakes: the patients module orders them by patient id, the list by its own row id.
        Row laterOakes = new Row(UUID.fromString("00000000-0000-7000-8000-000000000009"), oakesAnn);
        Row earlierOakes = new Row(UUID.fromString("00000000-0000-7000-8000-000000000003"), otherOakesAnn);
        Row gone = new Row(UUID.randomUUID(), UUID.randomUUID());
        List<PatientSummary> byName = List.of(named(adams, "ADAMS, Bea"), named(oakesAnn, "OAKES, Ann"),
                named(otherOakesAnn, "OAKES, Ann"), named(zeller, "ZELLER, Dan"));
        assertThat(
                GroupRules.inNameOrder(List.of(z, laterOakes, gone, a, earlierOakes), Row::patientId, Row::id, byName))
                .containsExactly(a, earlierOakes, laterOakes, z);
        // Ids compare as the databases compare them (unsigned), not as Java's signed UUID.compareTo does.
        Row high = new Row(UUID.fromString("f0000000-0000-4000-8000-000000000000"), oakesAnn);
        Row low = new Row(UUID.fromString("10000000-0000-4000-8000-000000000000"), otherOakesAnn);
        assertThat(GroupRules.inNameOrder(List.of(high, low), Row::patientId, Row::id, byName)).containsExactly(low,
                high);
    }
}
