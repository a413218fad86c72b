package org.therapyassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Types are imported, not named in full in the code ({@code java.util.Arrays.stream(...)}), so a reader sees a class's
 * dependencies at the top and the lines stay short. A full name stays only where the simple name would clash: another
 * type of that name is imported, or declared in the file or its package. Comments and string literals are not code and
 * are not checked.
 */
class QualifiedNamesTest {

    static final Path SOURCES = Path.of("src");

    private static final Pattern QUALIFIED = Pattern
            .compile("(?<![\\w.@\"])((?:java|javax|jakarta|org|com|io)\\.(?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern HEADER = Pattern.compile("(?m)^(?:package|import)\\s[^;]*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)\\.([A-Z]\\w*);");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

    @Test
    void typesAreImportedRatherThanNamedInFullInTheCode() {
        List<Path> files = javaFiles();
        Map<Path, Set<String>> typesByPackage = new HashMap<>();
        files.forEach(f -> typesByPackage.computeIfAbsent(f.getParent(), d -> new HashSet<>())
                .add(f.getFileName().toString().replace(".java", "")));
        Set<String> problems = new TreeSet<>();
        for (Path file : files) {
            String code = code(read(file));
            Map<String, String> imported = new HashMap<>();
            Matcher i = IMPORT.matcher(code);
            while (i.find()) {
                imported.put(i.group(2), i.group(1));
            }
            Set<String> declared = new HashSet<>(typesByPackage.get(file.getParent()));
            Matcher d = DECLARED.matcher(code);
            while (d.find()) {
                declared.add(d.group(1));
            }
            int body = 0;
            Matcher h = HEADER.matcher(code);
            while (h.find()) {
                body = h.end();
            }
            Matcher q = QUALIFIED.matcher(code);
            q.region(body, code.length());
            while (q.find()) {
                String qualifier = q.group(1).substring(0, q.group(1).length() - 1);
                String name = q.group(2);
                boolean clash = declared.contains(name)
                        || (imported.containsKey(name) && !imported.get(name).equals(qualifier));
                if (!clash) {
                    long line = code.substring(0, q.start()).chars().filter(c -> c == '\n').count() + 1;
                    problems.add(file + ":" + line + " names " + q.group() + " in full: import it");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanSeesCodeButNotCommentsOrText() {
        String source = """
                // java.util.List in a comment
                String s = "java.util.Set in text";
                /* org.example.Thing */ var x = java.util.Arrays.stream(a);
                """;
        Matcher q = QUALIFIED.matcher(code(source));
        assertThat(q.find()).isTrue();
        assertThat(q.group()).isEqualTo("java.util.Arrays");
        assertThat(q.find()).isFalse();
    }

    /** The source with comments, string and character literals (text blocks too) blanked out, lines kept. */
    static String code(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                end = i + 1;
                while (end < n && s.charAt(end) != quote) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (s.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
