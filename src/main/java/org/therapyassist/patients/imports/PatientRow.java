package org.therapyassist.patients.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.therapyassist.patients.NhsNumber;
import org.therapyassist.patients.imports.PatientCsv.Column;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.web.Messages;

/**
 * One checked line of a patient extract: its values, or the reasons it is refused. An NHS number is taken only when
 * its Modulus 11 check digit is right, and nothing else (a name, a date of birth) ever stands in for it (H74).
 */
record PatientRow(int line, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
        String address, String postcode, String phone, List<String> refusals) {

    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()-]*");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    boolean refused() {
        return !refusals.isEmpty();
    }

    String name() {
        return (givenName + " " + familyName).strip();
    }

    /** The NHS number as people read it (943 476 5919) when valid, otherwise as the file has it. */
    String shownNhsNumber() {
        return NhsNumber.isValid(nhsNumber) ? NhsNumber.of(nhsNumber).formatted() : nhsNumber;
    }

    static PatientRow check(CsvText.Line line, PatientCsv.Parsed file, LocalDate today) {
        List<String> f = line.fields();
        if (f.size() != file.width()) {
            return new PatientRow(line.line(), f.isEmpty() ? "" : f.getFirst().strip(), "", "", null, "", "", null,
                    List.of(Messages.text("patients.import.row.width", file.width(), f.size())));
        }
        List<String> refusals = new ArrayList<>();
        String nhsText = file.value(f, Column.NHS_NUMBER);
        String nhs = nhsText;
        if (nhsText.isEmpty()) {
            refusals.add(Messages.text("patients.import.row.nhs-empty"));
        } else if (!NhsNumber.isValid(nhsText)) {
            refusals.add(Messages.text("patients.import.row.nhs-invalid", nhsText));
        } else {
            nhs = NhsNumber.of(nhsText).value();
        }
        String given = text(file.value(f, Column.FIRST_NAME), "first-name", 80, refusals);
        String family = text(file.value(f, Column.LAST_NAME), "last-name", 80, refusals);
        LocalDate born = birth(file.value(f, Column.DATE_OF_BIRTH), today, refusals);
        String address = text(file.address(f), "address", 300, refusals);
        String postcode = postcode(file.value(f, Column.POSTCODE), refusals);
        String phone = file.value(f, Column.PHONE);
        if (phone.length() > 30) {
            refusals.add(Messages.text("patients.import.row.phone-long"));
        } else if (!PHONE.matcher(phone).matches()) {
            refusals.add(Messages.text("patients.import.row.phone-characters"));
        }
        return new PatientRow(line.line(), nhs, given, family, born, address, postcode,
                phone.isEmpty() ? null : phone, List.copyOf(refusals));
    }

    PatientRow refusedAlso(String reason) {
        List<String> all = new ArrayList<>(refusals);
        all.add(reason);
        return new PatientRow(line, nhsNumber, givenName, familyName, dateOfBirth, address, postcode, phone,
                List.copyOf(all));
    }

    /** {@code field}: the column's name in the bundle, {@code patients.import.column.<field>}. */
    private static String text(String value, String field, int max, List<String> refusals) {
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            refusals.add(Messages.text("patients.import.row.empty", Messages.text("patients.import.column." + field)));
        } else if (v.length() > max) {
            refusals.add(Messages.text("patients.import.row.too-long", Messages.text("patients.import.column." + field),
                    max));
        }
        return v;
    }

    /** As an EPR prints it (31/01/1950) or as ISO 8601 (1950-01-31); never in the future. */
    private static LocalDate birth(String value, LocalDate today, List<String> refusals) {
        if (value.isEmpty()) {
            refusals.add(Messages.text("patients.import.row.birth-empty"));
            return null;
        }
        Optional<LocalDate> parsed = parse(value, DateTimeFormatter.ISO_LOCAL_DATE).or(() -> parse(value, UK_DATE));
        if (parsed.isEmpty()) {
            refusals.add(Messages.text("patients.import.row.birth-not-a-date"));
            return null;
        }
        if (parsed.get().isAfter(today)) {
            refusals.add(Messages.text("patients.import.row.birth-future"));
        } else if (parsed.get().isBefore(EARLIEST_BIRTH)) {
            refusals.add(Messages.text("patients.import.row.birth-too-early"));
        }
        return parsed.get();
    }

    private static Optional<LocalDate> parse(String value, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Upper case with one space before the inward code: "ls14ab" becomes "LS1 4AB". */
    private static String postcode(String value, List<String> refusals) {
        String v = value.strip().toUpperCase(Locale.UK);
        var m = POSTCODE.matcher(v);
        if (v.isEmpty()) {
            refusals.add(Messages.text("patients.import.row.postcode-empty"));
            return v;
        }
        if (!m.matches()) {
            refusals.add(Messages.text("patients.import.row.postcode-invalid", v));
            return v;
        }
        return m.group(1) + " " + m.group(2);
    }
}
