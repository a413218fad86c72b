package org.therapyassist.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.groups.Enrolments.Enrolment;
import org.therapyassist.groups.Enrolments.Status;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Group classes name patients through the patients module (H6): enrolled lists, waiting lists, the patients a class can
 * be offered to, registers and amendments all read "FAMILY, Given" with the NHS number, in name order, a page at a
 * time.
 */
@IntegrationTest
class GroupPatientNamesDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GroupClasses classes;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Registers registers;
    @Autowired
    PatientRecords patients;
    @Autowired
    CarePlans carePlans;

    Episode patient(CurrentUser pt, String given, String family) {
        var p = patients.register(pt, new NewPatient(Fixtures.nextNhsNumber(), given, family, LocalDate.of(1944, 5, 2),
                "2 Test Street, Northgate", "NG1 1AA", null, List.of()));
        return carePlans.open(pt, p.id(),
                new Commands.OpenEpisode("Falls", ConditionCategory.OTHER, CareSetting.COMMUNITY,
                        "Home", pt.teamId(), null));
    }

    static List<String> names(List<Enrolment> list) {
        return list.stream().map(Enrolment::patientName).toList();
    }

    @Test
    void h6_classListsRegistersAndOffersNamePatientsFamilyFirstInNameOrder() {
        CurrentUser pt = fixtures.user("pt.demo");
        var c = classes.create(pt,
                new GroupClasses.NewClass(pt.teamId(), "Names " + UUID.randomUUID().toString().substring(0, 6),
                        ClassType.FALLS_PREVENTION, 3, Stage.SENIOR_SUPPORT_WORKER, null, "Therapy gym",
                        DayOfWeek.FRIDAY,
                        LocalTime.of(14, 0), 60));
        Episode oakesCara = patient(pt, "Cara", "Oakes");
        Episode oakesAnn = patient(pt, "Ann", "Oakes");
        Episode adams = patient(pt, "Bea", "Adams");
        Episode zeller = patient(pt, "Dan", "Zeller");
        Episode moss = patient(pt, "Eve", "Moss");
        List.of(oakesCara, oakesAnn, adams, zeller, moss).forEach(e -> enrolments.enrol(pt, c.id(), e.id()));

        var enrolled = enrolments.ofClass(pt, c.id(), Status.ENROLLED, PageRequest.first(50));
        assertThat(names(enrolled.items())).containsExactly("ADAMS, Bea", "OAKES, Ann", "OAKES, Cara");
        assertThat(enrolled.items()).allSatisfy(e -> assertThat(e.nhsNumber()).matches("\\d{10}"));
        var second = enrolments.ofClass(pt, c.id(), Status.ENROLLED, new PageRequest(1, 2));
        assertThat(names(second.items())).containsExactly("OAKES, Cara");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hasMore()).isFalse();
        assertThat(enrolments.ofClass(pt, c.id(), Status.ENROLLED, new PageRequest(0, 2)).hasMore()).isTrue();
        // The waiting list keeps its order of asking, whatever the names.
        assertThat(names(enrolments.ofClass(pt, c.id(), Status.WAITING, PageRequest.first(50)).items()))
                .containsExactly("ZELLER, Dan", "MOSS, Eve");
        // Everyone: the enrolled by name, then the waiting list, with pages crossing from one to the other.
        var across = enrolments.ofClass(pt, c.id(), new PageRequest(1, 2));
        assertThat(names(across.items())).containsExactly("OAKES, Cara", "ZELLER, Dan");
        assertThat(across.total()).isEqualTo(5);
        assertThat(across.hasMore()).isTrue();
        assertThat(names(enrolments.ofClass(pt, c.id(), new PageRequest(2, 2)).items())).containsExactly("MOSS, Eve");
        assertThat(enrolments.ofClass(pt, c.id(), new PageRequest(3, 2)).items()).isEmpty();
        assertThatThrownBy(() -> enrolments.enrol(pt, c.id(), oakesAnn.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                        .contains("OAKES, Ann is already enrolled"));

        // Offered: the team's open episodes not enrolled or waiting, named the same way.
        Episode aab = patient(pt, "Fay", "Aab");
        var offered = enrolments.candidates(pt, c.id(), pt.teamId());
        assertThat(offered).anySatisfy(o -> {
            assertThat(o.episodeId()).isEqualTo(aab.id());
            assertThat(o.patientName()).isEqualTo("AAB, Fay");
            assertThat(o.nhsNumber()).matches("\\d{10}");
            assertThat(o.referralReason()).isEqualTo("Falls");
        });
        assertThat(offered).extracting(Enrolments.Candidate::patientId)
                .doesNotContain(oakesCara.patientId(), oakesAnn.patientId(), adams.patientId(), zeller.patientId(),
                        moss.patientId());

        var session = classes.schedule(pt, c.id(), new GroupClasses.NewSessions(fixtures.today(), 1, pt.staffId()))
                .getFirst();
        var record = registers.save(pt, session.id(), new Registers.SaveRegister(null, List.of(
                new GroupRules.Line(oakesCara.patientId(), Outcome.ATTENDED, null),
                new GroupRules.Line(adams.patientId(), Outcome.ATTENDED, null),
                new GroupRules.Line(oakesAnn.patientId(), Outcome.DID_NOT_ATTEND, null)), session.version()));
        assertThat(record.lines()).extracting(Registers.Line::patientName).containsExactly("ADAMS, Bea", "OAKES, Ann",
                "OAKES, Cara");
        assertThat(record.lines()).allSatisfy(l -> assertThat(l.nhsNumber()).matches("\\d{10}"));
        var amended = registers.amend(pt, session.id(),
                new Registers.Amend(oakesAnn.patientId(), Outcome.ATTENDED, "Came late"));
        assertThat(amended.amendments()).singleElement()
                .satisfies(a -> assertThat(a.patientName()).isEqualTo("OAKES, Ann"));
        var unnamed = registers.amend(pt, session.id(),
                new Registers.Amend(null, null, "Room changed to the day room"));
        assertThat(unnamed.amendments()).last().satisfies(a -> assertThat(a.patientName()).isNull());
    }
}
