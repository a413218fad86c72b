package org.therapyassist.patients.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.web.Messages;

/**
 * A patient list extracted from an EPR or PAS, as CSV. Columns are found by their header, in any order and any case,
 * under the names such extracts use; the address is one "Address" column or "Address Line 1" to "Address Line 5"
 * joined. Columns Therapy Assist does not hold (title, gender, GP practice…) are read past and named in the report.
 */
final class PatientCsv {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final int ADDRESS_LINES = 5;
    private static final Pattern ADDRESS_LINE = Pattern.compile("address(?: line)? ?([1-9])");

    /** A column the import reads, with the header names it answers to (the first is the one documented). */
    enum Column {
        NHS_NUMBER(true, "NHS Number", "NHS No", "NHSNumber"), FIRST_NAME(true, "First Name", "Given Name", "Forename",
                "Forenames"), LAST_NAME(true, "Last Name", "Family Name", "Surname"), DATE_OF_BIRTH(true,
                        "Date of Birth", "DOB", "Birth Date"), ADDRESS(false, "Address"), POSTCODE(true, "Postcode",
                                "Post Code"), PHONE(false, "Phone", "Phone Number", "Telephone", "Telephone Number");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String title() {
            return names.getFirst();
        }
    }

    /** The documented header: the columns in the order the sample file has them. */
    static final String HEADER = "NHS Number,First Name,Last Name,Date of Birth,Address,Postcode,Phone";

    /** The rows under a header, where each column is, and the header names read past. */
    record Parsed(int width, Map<Column, Integer> columns, List<Integer> addressLines, List<String> ignored,
            List<CsvText.Line> rows) {

        String value(List<String> fields, Column column) {
            Integer at = columns.get(column);
            return at == null ? "" : fields.get(at).strip();
        }

        boolean has(Column column) {
            return columns.containsKey(column);
        }

        /** The address from its one column or its lines, non-empty parts joined by ", ". */
        String address(List<String> fields) {
            List<String> parts = new ArrayList<>();
            if (columns.containsKey(Column.ADDRESS)) {
                parts.add(fields.get(columns.get(Column.ADDRESS)));
            }
            addressLines.forEach(i -> parts.add(fields.get(i)));
            return String.join(", ", parts.stream().map(p -> p.strip().replaceAll("\\s+", " "))
                    .filter(p -> !p.isEmpty()).toList());
        }
    }

    private PatientCsv() {
    }

    static Parsed read(byte[] bytes) {
        List<CsvText.Line> lines = CsvText.lines(bytes, MAX_BYTES);
        if (lines.isEmpty()) {
            throw CsvText.refused(Messages.text("platform.import.csv.empty"));
        }
        List<String> header = lines.getFirst().fields();
        Map<Column, Integer> columns = new LinkedHashMap<>();
        Integer[] addressLines = new Integer[ADDRESS_LINES];
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = CsvText.normalised(header.get(i));
            Column column = column(name);
            int addressLine = addressLine(name);
            if (column != null && columns.putIfAbsent(column, i) != null) {
                throw CsvText.refused(Messages.text("patients.import.file.column-twice", column.title()));
            } else if (addressLine > 0) {
                addressLines[addressLine - 1] = i;
            } else if (column == null && !name.isEmpty()) {
                ignored.add(header.get(i).strip());
            }
        }
        List<Integer> lineColumns = Arrays.stream(addressLines).filter(Objects::nonNull).toList();
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c.title());
            }
        }
        if (!columns.containsKey(Column.ADDRESS) && lineColumns.isEmpty()) {
            missing.add(Messages.text("patients.import.file.address-columns", ADDRESS_LINES));
        }
        if (!missing.isEmpty()) {
            throw CsvText.refused(Messages.text("patients.import.file.missing-columns", String.join(", ", missing),
                    HEADER));
        }
        List<CsvText.Line> rows = lines.subList(1, lines.size());
        if (rows.isEmpty()) {
            throw CsvText.refused(Messages.text("patients.import.file.no-rows"));
        }
        if (rows.size() > MAX_ROWS) {
            throw CsvText.refused(Messages.text("patients.import.file.too-many-rows", MAX_ROWS));
        }
        return new Parsed(header.size(), Map.copyOf(columns), lineColumns, List.copyOf(ignored), List.copyOf(rows));
    }

    private static Column column(String name) {
        for (Column c : Column.values()) {
            if (c.names.stream().anyMatch(n -> CsvText.normalised(n).equals(name))) {
                return c;
            }
        }
        return null;
    }

    /** 1 to 5 for "Address Line 1" to "Address Line 5" (also "Address 1"); 0 otherwise. */
    private static int addressLine(String name) {
        Matcher m = ADDRESS_LINE.matcher(name);
        if (!m.matches()) {
            return 0;
        }
        int n = Integer.parseInt(m.group(1));
        return n <= ADDRESS_LINES ? n : 0;
    }
}
