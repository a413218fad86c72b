package org.therapyassist.platform.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;

/**
 * Reads a CSV file (RFC 4180: commas, fields in double quotes may hold commas, quotes doubled, CRLF or LF). UTF-8 only
 * (a byte-order mark is allowed); blank lines are skipped but still counted. A file that cannot be read at all is
 * refused whole with a message for the field "file".
 */
public final class CsvText {

    public static final String FIELD = "file";

    /** One line of the file; {@code line} counts from 1 at the header, as a spreadsheet shows it. */
    public record Line(int line, List<String> fields) {
    }

    private CsvText() {
    }

    /**
     * The lines of a file, the header first, or a refusal when it is empty, too large, not UTF-8 or has an unclosed
     * quote; {@code maxBytes} as the hint on the page says it ("1 MB").
     */
    public static List<Line> lines(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused(Messages.text("platform.import.csv.empty"));
        }
        if (bytes.length > maxBytes) {
            throw refused(Messages.text("platform.import.csv.too-large", maxBytes / (1024 * 1024)));
        }
        return split(decode(bytes));
    }

    public static InvalidInputException refused(String message) {
        return new InvalidInputException(Map.of(FIELD, message));
    }

    /** Lower case, outer spaces stripped and inner runs of spaces made one: how names in headers and files compare. */
    public static String normalised(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refused(Messages.text("platform.import.csv.not-utf8"));
        }
    }

    /** Splits into lines of fields, honouring quotes; blank lines (or only commas) are dropped but still counted. */
    private static List<Line> split(String text) {
        Splitter s = new Splitter();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (s.quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    s.field.append('"');
                    i++;
                } else if (c == '"') {
                    s.quoted = false;
                } else {
                    s.line += c == '\n' ? 1 : 0;
                    s.field.append(c);
                }
            } else if (c == '"') {
                s.quoted = true;
                s.any = true;
            } else if (c == ',') {
                s.fields.add(s.field.toString());
                s.field.setLength(0);
                s.any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                s.end();
                s.line++;
                s.startLine = s.line;
            } else {
                s.field.append(c);
                s.any = s.any || !Character.isWhitespace(c);
            }
        }
        if (s.quoted) {
            throw refused(Messages.text("platform.import.csv.unclosed-quote", s.startLine));
        }
        s.end();
        return s.lines;
    }

    private static final class Splitter {
        final List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted;
        boolean any;
        int line = 1;
        int startLine = 1;

        void end() {
            fields.add(field.toString());
            field.setLength(0);
            if (any && fields.stream().anyMatch(f -> !f.isBlank())) {
                lines.add(new Line(startLine, List.copyOf(fields)));
            }
            fields = new ArrayList<>();
            any = false;
        }
    }
}
