package org.therapyassist.staff.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.Team;

/** One checked line of an ESR export: its values, or the reasons it is refused. */
record EsrRow(int line, String assignmentNumber, String givenName, String familyName, JobRole jobRole, int band,
        Team team, LocalDate startedOn, String hcpcNumber, List<String> refusals) {

    private static final Pattern ASSIGNMENT = Pattern.compile("\\d{5,12}(-\\d{1,3})?");
    private static final Pattern BAND = Pattern.compile("(?:band\\s*)?([1-9])([a-d])?", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    boolean refused() {
        return !refusals.isEmpty();
    }

    /** Checks a line on its own; teams are the organisation's, by lower-case name. */
    static EsrRow check(CsvText.Line line, Map<String, Team> teams) {
        List<String> refusals = new ArrayList<>();
        List<String> f = line.fields();
        if (f.size() != EsrCsv.HEADER.size()) {
            return new EsrRow(line.line(), "", "", "", null, 0, null, null, null, List.of(
                    Messages.text("staff.import.row.width", EsrCsv.HEADER.size(), f.size())));
        }
        String assignment = f.get(0).strip();
        if (!ASSIGNMENT.matcher(assignment).matches()) {
            refusals.add(Messages.text("staff.import.row.assignment"));
        }
        String given = text(f.get(1), "first-name", refusals);
        String family = text(f.get(2), "last-name", refusals);
        JobRole role = EsrJobRoles.of(f.get(3)).orElse(null);
        if (role == null) {
            refusals.add(Messages.text("staff.import.row.job-role", f.get(3).strip()));
        }
        int band = band(f.get(4), refusals);
        Team team = null;
        if (!f.get(5).isBlank()) {
            team = teams.get(EsrCsv.normalised(f.get(5)));
            if (team == null) {
                refusals.add(Messages.text("staff.import.row.team", f.get(5).strip()));
            }
        }
        LocalDate started = date(f.get(6), refusals);
        String hcpc = f.get(7).isBlank() ? null : f.get(7).strip().toUpperCase(Locale.ROOT);
        if (hcpc != null && !StaffMember.validHcpcNumber(hcpc)) {
            refusals.add(Messages.text("staff.import.row.hcpc"));
        } else if (hcpc == null && role != null && role.registered()) {
            refusals.add(Messages.text("staff.import.row.hcpc-needed",
                    Messages.text("staff.job-role." + role.name()).toLowerCase(Locale.ROOT)));
        }
        return new EsrRow(line.line(), assignment, given, family, role, band, team, started, hcpc,
                List.copyOf(refusals));
    }

    EsrRow refusedAlso(String reason) {
        List<String> all = new ArrayList<>(refusals);
        all.add(reason);
        return new EsrRow(line, assignmentNumber, givenName, familyName, jobRole, band, team, startedOn, hcpcNumber,
                List.copyOf(all));
    }

    /** {@code field}: the column's name in the bundle, {@code staff.import.column.<field>}. */
    private static String text(String value, String field, List<String> refusals) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            refusals.add(Messages.text("staff.import.row.empty", Messages.text("staff.import.column." + field)));
        } else if (stripped.length() > 80) {
            refusals.add(Messages.text("staff.import.row.too-long", Messages.text("staff.import.column." + field), 80));
        }
        return stripped;
    }

    /** Agenda for Change: "5", "Band 5"; bands 8a to 8d are band 8 here. */
    private static int band(String value, List<String> refusals) {
        Matcher m = BAND.matcher(value.strip());
        if (!m.matches() || (m.group(2) != null && !"8".equals(m.group(1)))) {
            refusals.add(Messages.text("staff.import.row.band"));
            return 0;
        }
        return Integer.parseInt(m.group(1));
    }

    /** The start date as ESR prints it (31/01/2026) or as ISO 8601 (2026-01-31); empty for none. */
    private static LocalDate date(String value, List<String> refusals) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        Optional<LocalDate> parsed = parse(v, DateTimeFormatter.ISO_LOCAL_DATE).or(() -> parse(v, UK_DATE));
        if (parsed.isEmpty()) {
            refusals.add(Messages.text("staff.import.row.start-date"));
        }
        return parsed.orElse(null);
    }

    private static Optional<LocalDate> parse(String value, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
