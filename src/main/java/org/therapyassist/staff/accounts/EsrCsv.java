package org.therapyassist.staff.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.therapyassist.platform.InvalidInputException;

/**
 * Reads a staff CSV in the shape of an ESR export (RFC 4180: commas, fields in double quotes may hold commas, quotes
 * doubled, CRLF or LF). UTF-8 only (a byte-order mark is allowed); blank lines are skipped. A file that cannot be read
 * at all is refused whole with a message for the field "file"; a line with the wrong number of fields is a row refusal.
 */
final class EsrCsv {

    static final String FIELD = "file";
    static final List<String> HEADER = List.of("Assignment Number", "First Name", "Last Name", "Job Role", "Band",
            "Team", "Start Date", "HCPC Number");
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    /** One line of the file after the header; {@code line} counts from 1 at the header, as a spreadsheet shows it. */
    record Line(int line, List<String> fields) {
    }

    private EsrCsv() {
    }

    static List<Line> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("Choose a CSV file: the one chosen is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("The file must be 1 MB or smaller: split it into smaller files");
        }
        String text = decode(bytes);
        List<Line> lines = split(text);
        if (lines.isEmpty() || !header(lines.get(0).fields())) {
            throw refused("The first line must be the header: " + String.join(",", HEADER));
        }
        List<Line> rows = lines.subList(1, lines.size());
        if (rows.isEmpty()) {
            throw refused("The file has a header but no staff");
        }
        if (rows.size() > MAX_ROWS) {
            throw refused("The file must have " + MAX_ROWS + " staff or fewer: split it into smaller files");
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

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refused("The file must be saved as UTF-8 (in Excel: CSV UTF-8)");
        }
    }

    /** Splits into lines of fields, honouring quotes; blank lines (or only commas) are dropped but still counted. */
    private static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(lines, fields, field, any, startLine);
                fields = new ArrayList<>();
                any = false;
                line++;
                startLine = line;
            } else {
                field.append(c);
                any = any || !Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw refused("A quoted field starting on line " + startLine + " never ends: check its double quotes");
        }
        end(lines, fields, field, any, startLine);
        return lines;
    }

    private static void end(List<Line> lines, List<String> fields, StringBuilder field, boolean any, int line) {
        fields.add(field.toString());
        field.setLength(0);
        if (any && fields.stream().anyMatch(f -> !f.isBlank())) {
            lines.add(new Line(line, List.copyOf(fields)));
        }
    }

    static InvalidInputException refused(String message) {
        return new InvalidInputException(Map.of(FIELD, message));
    }

    static String normalised(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
