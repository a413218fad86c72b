package org.therapyassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.reporting.ContributionRules.Contact;
import org.therapyassist.reporting.ContributionRules.DeliveredBy;
import org.therapyassist.reporting.ContributionRules.Kind;
import org.therapyassist.reporting.ContributionRules.MeasureInfo;
import org.therapyassist.reporting.ContributionRules.MeasureScore;
import org.therapyassist.reporting.ContributionRules.OutcomeLine;

class ContributionRulesTest {

    static final LocalDate D = LocalDate.of(2026, 6, 1);
    static final UUID HCA = UUID.randomUUID();
    static final UUID AP = UUID.randomUUID();
    static final UUID PHYSIO = UUID.randomUUID();
    static final Set<UUID> REGISTRANTS = Set.of(PHYSIO);
    static final Map<String, MeasureInfo> MEASURES = Map.of(
            "TUG", new MeasureInfo("Timed Up and Go", "seconds", false),
            "BERG", new MeasureInfo("Berg Balance Scale", "points", true));

    @Test
    void aPatientSeenTwiceTheSameDayByTheSamePersonIsOneContactCountedAsTheVisit() {
        UUID p = UUID.randomUUID();
        var result = ContributionRules.compute(List.of(
                new Contact(Kind.ASSESSMENT, HCA, p, D), new Contact(Kind.VISIT, HCA, p, D),
                new Contact(Kind.GROUP, HCA, p, D),
                new Contact(Kind.VISIT, PHYSIO, p, D)), REGISTRANTS::contains, List.of(), MEASURES);
        assertThat(result.total().total()).isEqualTo(2);
        assertThat(result.shares().get(0).kind()).isEqualTo(Kind.VISIT);
        assertThat(result.shares().get(0).bySupportWorkers()).isEqualTo(1);
        assertThat(result.shares().get(0).byRegistrants()).isEqualTo(1);
        assertThat(result.shares().get(1).total()).isZero();
        assertThat(result.patientsSeen()).isEqualTo(1);
    }

    @Test
    void sharesArePerKindAndOverall() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var result = ContributionRules.compute(List.of(
                new Contact(Kind.VISIT, HCA, a, D), new Contact(Kind.VISIT, AP, a, D.plusDays(1)),
                new Contact(Kind.GROUP, AP, b, D), new Contact(Kind.ASSESSMENT, PHYSIO, b, D.plusDays(2))),
                REGISTRANTS::contains, List.of(), MEASURES);
        assertThat(result.total().bySupportWorkers()).isEqualTo(3);
        assertThat(result.total().byRegistrants()).isEqualTo(1);
        assertThat(result.total().supportWorkerPercent()).isEqualTo(75);
        assertThat(result.shares()).extracting(ContributionRules.Share::total).containsExactly(2L, 1L, 1L);
    }

    @Test
    void improvementFollowsTheMeasuresDirectionAndPatientsAreGroupedByWhoMostlyCaredForThem() {
        UUID swLed = UUID.randomUUID();
        UUID regLed = UUID.randomUUID();
        var contacts = List.of(new Contact(Kind.VISIT, HCA, swLed, D),
                new Contact(Kind.VISIT, HCA, swLed, D.plusDays(7)),
                new Contact(Kind.ASSESSMENT, PHYSIO, swLed, D.plusDays(14)),
                new Contact(Kind.ASSESSMENT, PHYSIO, regLed, D),
                new Contact(Kind.ASSESSMENT, PHYSIO, regLed, D.plusDays(30)));
        var scores = List.of(
                new MeasureScore(swLed, "TUG", 24.0, D), new MeasureScore(swLed, "TUG", 15.5, D.plusDays(60)),
                new MeasureScore(swLed, "BERG", 40, D), new MeasureScore(swLed, "BERG", 38, D.plusDays(60)),
                new MeasureScore(regLed, "TUG", 18.0, D), new MeasureScore(regLed, "TUG", 20.0, D.plusDays(30)),
                new MeasureScore(regLed, "BERG", 30, D)); // one score is no change: not counted
        List<OutcomeLine> lines = ContributionRules.compute(contacts, REGISTRANTS::contains, scores, MEASURES)
                .outcomes();
        assertThat(lines).hasSize(3);
        OutcomeLine tugSw = lines.stream()
                .filter(l -> l.measureKey().equals("TUG") && l.deliveredBy() == DeliveredBy.SUPPORT_WORKERS)
                .findFirst().orElseThrow();
        assertThat(tugSw.patients()).isEqualTo(1);
        assertThat(tugSw.meanChange()).isEqualTo(-8.5);
        assertThat(tugSw.improved()).isEqualTo(1); // faster is better
        OutcomeLine bergSw = lines.stream().filter(l -> l.measureKey().equals("BERG")).findFirst().orElseThrow();
        assertThat(bergSw.improved()).isZero(); // Berg fell
        OutcomeLine tugReg = lines.stream().filter(l -> l.deliveredBy() == DeliveredBy.REGISTRANTS).findFirst()
                .orElseThrow();
        assertThat(tugReg.improvedPercent()).isZero();
    }

    @Test
    void aPeriodEndsOnOrAfterItStartsAndSpansAtMostFiveYears() {
        assertThat(ContributionRules.periodProblems(D, D)).isEmpty();
        assertThat(ContributionRules.periodProblems(D, D.minusDays(1))).containsKey("to");
        assertThat(ContributionRules.periodProblems(D, D.plusYears(5).plusDays(1))).containsKey("to");
        assertThat(ContributionRules.periodProblems(null, null)).containsKeys("from", "to");
    }
}
