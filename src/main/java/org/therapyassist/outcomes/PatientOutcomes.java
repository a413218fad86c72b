package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.careplans.GoalScaling.Attainment;
import org.therapyassist.careplans.GoalScaling.ScaledGoal;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.Measure.TotalRule;
import org.therapyassist.outcomes.MeasureScoring.Context;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;

/**
 * A patient's measures over time and goal attainment, put together for the patient page, a measure page and the API.
 */
@Service
public class PatientOutcomes {

    /** Dates in the reader's language, as the pages write them ("3 Nov 2026"). */
    private static final Formats FORMATS = new Formats();

    private final MeasureResults results;
    private final MeasureCatalogue catalogue;
    private final GoalScaling goals;
    private final PatientRecords patients;
    private final PatientAccess access;

    PatientOutcomes(MeasureResults results, MeasureCatalogue catalogue, GoalScaling goals, PatientRecords patients,
            PatientAccess access) {
        this.results = results;
        this.catalogue = catalogue;
        this.goals = goals;
        this.patients = patients;
        this.access = access;
    }

    /**
     * One measure's results for one patient with its chart: {@code results} are the latest {@link #CHART_WINDOW} (all
     * of
     * them when fewer), {@code total} how many there are; {@code change} compares the first ever (the baseline) and
     * the latest.
     */
    public record MeasureSeries(Measure measure, List<MeasureResult> results, MeasureResult first, MeasureResult latest,
            String change, String chartSvg, String chartDescription, long total) {

        /** More results than the chart shows. */
        public boolean windowed() {
            return total > results.size();
        }

        public List<MeasureResult> newestFirst() {
            return results.reversed();
        }
    }

    public record GoalSummary(List<ScaledGoal> goals, List<Attainment> attainment, String chartSvg,
            String chartDescription) {

        public boolean anyScaled() {
            return goals.stream().anyMatch(g -> g.levels() != null);
        }
    }

    public record Section(UUID patientId, List<MeasureSeries> measures, GoalSummary goals) {
    }

    /** Everything for the patient page; the caller has already checked and audited access to the patient. */
    @Transactional(readOnly = true)
    public Section section(UUID organisationId, UUID patientId) {
        Patient patient = patients.require(organisationId, patientId);
        // One series per measure used (bounded by the catalogue), each the latest results only, plus the baseline.
        List<MeasureSeries> series = new ArrayList<>();
        results.measuresOf(organisationId, patientId).forEach((key, total) -> catalogue.find(organisationId, key)
                .ifPresent(m -> series.add(windowed(organisationId, patient, m, total))));
        List<ScaledGoal> scaled = goals.forPatient(organisationId, patientId);
        return new Section(patientId, series, goalSummary(patient, scaled));
    }

    /** Every measure's chart and results and goal attainment as a printable PDF, access checked and audited. */
    @Transactional
    public byte[] progressReport(CurrentUser user, UUID patientId, LocalDate printedOn) {
        Patient patient = patients.require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, null);
        return ProgressReportPdf.render(patient.displayName(), patient.nhsNumber().formatted(), patient.dateOfBirth(),
                printedOn,
                section(user.organisationId(), patientId));
    }

    /** One measure for one patient, access checked and audited. */
    @Transactional
    public MeasureSeries measure(CurrentUser user, UUID patientId, String measureKey) {
        Patient patient = patients.require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, null);
        Measure measure = catalogue.require(user.organisationId(), measureKey);
        return windowed(user.organisationId(), patient, measure,
                results.measuresOf(user.organisationId(), patientId).getOrDefault(measure.key(), 0L));
    }

    /** How many of a measure's latest results a chart plots; the API pages through all of them. */
    public static final int CHART_WINDOW = 50;

    private MeasureSeries windowed(UUID organisationId, Patient patient, Measure measure, long total) {
        List<MeasureResult> latest = total == 0
                ? List.of()
                : results.latestOf(organisationId, patient.id(), measure.key(), CHART_WINDOW);
        MeasureResult baseline = total > latest.size()
                ? results.firstOf(organisationId, patient.id(), measure.key()).orElse(null)
                : latest.isEmpty() ? null : latest.getFirst();
        return series(patient, measure, latest, baseline, total);
    }

    /** Goal attainment for one patient, access checked and audited. */
    @Transactional
    public GoalSummary goals(CurrentUser user, UUID patientId) {
        Patient patient = patients.require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, null);
        return goalSummary(patient, goals.forPatient(user.organisationId(), patientId));
    }

    MeasureSeries series(Patient patient, Measure measure, List<MeasureResult> list) {
        return series(patient, measure, list, list.isEmpty() ? null : list.getFirst(), list.size());
    }

    MeasureSeries series(Patient patient, Measure measure, List<MeasureResult> list, MeasureResult first, long total) {
        MeasureResult latest = list.isEmpty() ? null : list.getLast();
        NormGroup group = latest == null || latest.normGroup() == null ? null : NormGroup.valueOf(latest.normGroup());
        Context context = new Context(latest == null ? null : patient.ageOn(latest.effectiveOn()), group);
        List<Measure.Band> bands = MeasureScoring.bandsFor(measure, context);
        double dataMax = list.stream().mapToDouble(r -> r.score().doubleValue()).max().orElse(1);
        double yMax = naturalMax(measure);
        if (Double.isNaN(yMax)) {
            double bandTop = bands.stream().mapToDouble(Measure.Band::from).max().orElse(0);
            yMax = ProgressChart.niceCeiling(Math.max(dataMax, bandTop) * 1.2);
        }
        String description = describe(patient, measure, list, first, latest, total);
        String change = change(measure, first, latest);
        String svg = ProgressChart.svg(new ProgressChart.Spec("chart-" + measure.key().toLowerCase(Locale.ROOT),
                Messages.text("outcomes.chart.over-time", measure.name()), description, measure.unit(),
                measure.scaleMin(), yMax,
                bands.stream().map(b -> new ProgressChart.Shade(b.from(), b.to(), b.label(), b.tone())).toList(),
                List.of(new ProgressChart.Series(measure.name(), list.stream()
                        .map(r -> new ProgressChart.Point(r.effectiveOn(), r.score().doubleValue(),
                                r.bySupportWorker()))
                        .toList())),
                Messages.text("outcomes.chart.marked"), null));
        return new MeasureSeries(measure, list, first, latest, change, svg, description, total);
    }

    private GoalSummary goalSummary(Patient patient, List<ScaledGoal> scaled) {
        List<Attainment> attainment = GoalScaling.attainment(scaled);
        List<ProgressChart.Series> series = scaled.stream().filter(g -> g.levels() != null && !g.reviews().isEmpty())
                .map(g -> new ProgressChart.Series(g.description(), g.reviews().stream()
                        .map(r -> new ProgressChart.Point(r.reviewedOn(), r.level(), false)).toList()))
                .toList();
        if (series.isEmpty()) {
            return new GoalSummary(scaled, attainment, null, null);
        }
        StringBuilder d = new StringBuilder(Messages.text("outcomes.gas.for", patient.displayName()) + " ");
        scaled.stream().filter(g -> g.levels() != null && !g.reviews().isEmpty())
                .forEach(g -> d.append(Messages.text("outcomes.gas.goal", g.description(),
                        FORMATS.date(g.reviews().getLast().reviewedOn()), g.reviews().getLast().levelTitle()))
                        .append(' '));
        attainment.stream().filter(a -> a.tScore() != null)
                .forEach(a -> d.append(Messages.text("outcomes.gas.t-score", a.tScore().toPlainString())).append(' '));
        String svg = ProgressChart
                .svg(new ProgressChart.Spec("chart-gas", Messages.text("outcomes.gas.title"), d.toString().strip(),
                        Messages.text("outcomes.gas.axis"), -2, 2,
                        List.of(new ProgressChart.Shade(-2, -0.5, Messages.text("outcomes.gas.less"),
                                Measure.Tone.CAUTION),
                                new ProgressChart.Shade(-0.5, 0.5, Messages.text("outcomes.gas.expected"),
                                        Measure.Tone.GOOD),
                                new ProgressChart.Shade(0.5, 2, Messages.text("outcomes.gas.more"), Measure.Tone.GOOD)),
                        series, null, List.of("−2", "−1", "0", "+1", "+2")));
        return new GoalSummary(scaled, attainment, svg, d.toString().strip());
    }

    static double naturalMax(Measure m) {
        if (m.totalRule() == TotalRule.SUM) {
            return m.items().stream().mapToDouble(Measure.Item::max).sum();
        }
        if (m.totalRule() == TotalRule.MEAN || MeasureLibrary.PAIN.equals(m.key())) {
            return m.items().stream().mapToDouble(Measure.Item::max).max().orElse(10);
        }
        return Double.NaN;
    }

    private static String describe(Patient patient, Measure m, List<MeasureResult> list, MeasureResult first,
            MeasureResult latest, long total) {
        if (list.isEmpty()) {
            return Messages.text("outcomes.chart.none", m.name(), patient.displayName());
        }
        String text = (total == 1
                ? Messages.text("outcomes.chart.count.one", m.name(), patient.displayName())
                : Messages.text("outcomes.chart.count.many", m.name(), patient.displayName(), String.valueOf(total)))
                + (total > list.size() ? Messages.text("outcomes.chart.windowed", String.valueOf(list.size())) : "");
        if (list.size() == 1) {
            return Messages.text("outcomes.chart.once", text, FORMATS.date(first.effectiveOn()), reading(first));
        }
        return Messages.text("outcomes.chart.range", text, FORMATS.date(first.effectiveOn()),
                FORMATS.date(latest.effectiveOn()), reading(first), reading(latest));
    }

    private static String reading(MeasureResult r) {
        return r.scoreText() + (r.interpretation() == null ? "" : " (" + r.interpretation() + ")");
    }

    static String change(Measure m, MeasureResult first, MeasureResult latest) {
        if (first == null || first == latest) {
            return null;
        }
        BigDecimal diff = latest.score().subtract(first.score());
        if (diff.signum() == 0) {
            return Messages.text("outcomes.change.none", FORMATS.date(first.effectiveOn()));
        }
        boolean better = (diff.signum() > 0) == m.higherIsBetter();
        String amount = diff.abs().stripTrailingZeros().toPlainString() + " " + m.unit();
        return Messages.text("outcomes.change." + (diff.signum() > 0 ? "up-" : "down-") + (better ? "better" : "worse"),
                amount, FORMATS.date(first.effectiveOn()));
    }
}
