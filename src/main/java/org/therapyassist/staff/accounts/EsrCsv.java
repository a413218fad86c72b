package org.therapyassist.staff.accounts;

import java.util.List;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.imports.CsvText;
import org.therapyassist.platform.web.Messages;

/**
 * Reads a staff CSV in the shape of an ESR export ({@link CsvText}: RFC 4180, UTF-8). A file that cannot be read at
 * all is refused whole with a message for the field "file"; a line with the wrong number of fields is a row refusal.
 */
final class EsrCsv {

    static final String FIELD = CsvText.FIELD;
    static final List<String> HEADER = List.of("Assignment Number", "First Name", "Last Name", "Job Role", "Band",
            "Team", "Start Date", "HCPC Number");
    static final long MAX_BYTES = 4L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    private EsrCsv() {
    }

    static List<CsvText.Line> read(byte[] bytes) {
        List<CsvText.Line> lines = CsvText.lines(bytes, MAX_BYTES);
        if (lines.isEmpty() || !header(lines.get(0).fields())) {
            throw refused(Messages.text("staff.import.file.header", String.join(",", HEADER)));
        }
        List<CsvText.Line> rows = lines.subList(1, lines.size());
        if (rows.isEmpty()) {
            throw refused(Messages.text("staff.import.file.no-rows"));
        }
        if (rows.size() > MAX_ROWS) {
            throw refused(Messages.text("staff.import.file.too-many-rows", MAX_ROWS));
        }
        return List.copyOf(rows);
    }

    private static boolean header(List<String> fields) {
        if (fields.size() != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).strip().equalsIgnoreCase(HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    static InvalidInputException refused(String message) {
        return CsvText.refused(message);
    }

    static String normalised(String value) {
        return CsvText.normalised(value);
    }
}
