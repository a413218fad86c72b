package org.therapyassist.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.therapyassist.platform.web.Messages;

/**
 * How much of the patient-facing work support workers deliver, and how patients' measures changed by who mostly
 * delivered their care: the evidence a service needs to show support workers' contribution. Pure arithmetic over
 * rows the report reads; no patient is named in what it returns.
 *
 * <p>
 * A contact is one patient seen by one member of staff on one day, however many records that day produced: a
 * delegated visit outranks a group class, which outranks an assessment with an outcome measure, so nothing is counted
 * twice.
 */
public final class ContributionRules {

    private ContributionRules() {
    }

    public enum Kind {
        VISIT, GROUP, ASSESSMENT;

        public String title() {
            return Messages.text("reporting.kind." + name());
        }
    }

    public enum DeliveredBy {
        SUPPORT_WORKERS, REGISTRANTS;

        public String title() {
            return Messages.text("reporting.delivered-by." + name());
        }
    }

    public record Contact(Kind kind, UUID staffId, UUID patientId, LocalDate on) {
    }

    public record MeasureScore(UUID patientId, String measureKey, double score, LocalDate on) {
    }

    public record MeasureInfo(String name, String unit, boolean higherIsBetter) {
    }

    @Schema(name = "ContributionShare")
    public record Share(Kind kind, long bySupportWorkers, long byRegistrants) {

        public long total() {
            return bySupportWorkers + byRegistrants;
        }

        /** Whole-number percentage delivered by support workers; 0 when there were none. */
        public int supportWorkerPercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * bySupportWorkers / total());
        }
    }

    /** One measure for the patients one group of staff mostly cared for: first and last score in the period. */
    @Schema(name = "ContributionOutcome")
    public record OutcomeLine(String measureKey, String measureName, String unit, boolean higherIsBetter,
            DeliveredBy deliveredBy,
            int patients, double meanFirst, double meanLast, int improved) {

        public double meanChange() {
            return meanLast - meanFirst;
        }

        public int improvedPercent() {
            return patients == 0 ? 0 : (int) Math.round(100.0 * improved / patients);
        }
    }

    public record Contributions(List<Share> shares, Share total, long patientsSeen, List<OutcomeLine> outcomes) {
    }

    /** One contact per staff member, patient and day, keeping the kind that ranks first. */
    static List<Contact> distinct(List<Contact> contacts) {
        Map<String, Contact> kept = new LinkedHashMap<>();
        for (Contact c : contacts) {
            kept.merge(c.staffId() + "|" + c.patientId() + "|" + c.on(), c,
                    (a, b) -> a.kind().ordinal() <= b.kind().ordinal() ? a : b);
        }
        return new ArrayList<>(kept.values());
    }

    public static Contributions compute(List<Contact> contacts, Predicate<UUID> isRegistrant, List<MeasureScore> scores,
            Map<String, MeasureInfo> measures) {
        List<Contact> counted = distinct(contacts);
        Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            byKind.put(k, new long[2]);
        }
        Map<UUID, long[]> byPatient = new HashMap<>();
        for (Contact c : counted) {
            int who = isRegistrant.test(c.staffId()) ? 1 : 0;
            byKind.get(c.kind())[who]++;
            byPatient.computeIfAbsent(c.patientId(), p -> new long[2])[who]++;
        }
        List<Share> shares = new ArrayList<>();
        long sw = 0;
        long reg = 0;
        for (Kind k : Kind.values()) {
            long[] v = byKind.get(k);
            shares.add(new Share(k, v[0], v[1]));
            sw += v[0];
            reg += v[1];
        }
        return new Contributions(shares, new Share(null, sw, reg), byPatient.size(),
                outcomes(byPatient, scores, measures));
    }

    /** Support workers delivered at least half of the patient's contacts in the period. */
    static DeliveredBy deliveredBy(long bySupportWorkers, long byRegistrants) {
        return bySupportWorkers >= byRegistrants ? DeliveredBy.SUPPORT_WORKERS : DeliveredBy.REGISTRANTS;
    }

    private static List<OutcomeLine> outcomes(Map<UUID, long[]> byPatient, List<MeasureScore> scores,
            Map<String, MeasureInfo> measures) {
        // First and last score of each measure for each patient who had care in the period.
        Map<String, Map<UUID, MeasureScore[]>> firstLast = new LinkedHashMap<>();
        scores.stream().sorted(Comparator.comparing(MeasureScore::on)).forEach(s -> {
            if (!byPatient.containsKey(s.patientId()) || !measures.containsKey(s.measureKey())) {
                return;
            }
            MeasureScore[] fl = firstLast.computeIfAbsent(s.measureKey(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.patientId(), p -> new MeasureScore[]{s, s});
            fl[1] = s;
        });
        List<OutcomeLine> lines = new ArrayList<>();
        for (var measure : firstLast.entrySet()) {
            MeasureInfo info = measures.get(measure.getKey());
            for (DeliveredBy group : DeliveredBy.values()) {
                int n = 0;
                int improved = 0;
                double first = 0;
                double last = 0;
                for (var patient : measure.getValue().entrySet()) {
                    MeasureScore[] fl = patient.getValue();
                    long[] who = byPatient.get(patient.getKey());
                    if (fl[0] == fl[1] || deliveredBy(who[0], who[1]) != group) {
                        continue; // one score is no change
                    }
                    n++;
                    first += fl[0].score();
                    last += fl[1].score();
                    double change = fl[1].score() - fl[0].score();
                    if (info.higherIsBetter() ? change > 0 : change < 0) {
                        improved++;
                    }
                }
                if (n > 0) {
                    lines.add(
                            new OutcomeLine(measure.getKey(), info.name(), info.unit(), info.higherIsBetter(), group, n,
                                    first / n, last / n, improved));
                }
            }
        }
        lines.sort(Comparator.comparing(OutcomeLine::measureName).thenComparing(OutcomeLine::deliveredBy));
        return lines;
    }

    /** The period a report may cover: from on or before to, at most five years. */
    static Map<String, String> periodProblems(LocalDate from, LocalDate to) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("from", Messages.text("reporting.period.from.blank"));
        }
        if (to == null) {
            errors.put("to", Messages.text("reporting.period.to.blank"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", Messages.text("reporting.period.to.before"));
            } else if (from.plusYears(5).isBefore(to)) {
                errors.put("to", Messages.text("reporting.period.too-long"));
            }
        }
        return errors;
    }
}
