package org.therapyassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class over 300 lines outside {@code demo} (STYLE.md: past 300 lines, split). The demo data generator is a script
 * of fictional data and may be long. A class that grows past the limit is split by what it does (docs/architecture.md,
 * "The build keeps the code tidy").
 */
class ClassSizeTest {

    static final Path SOURCES = Path.of("src/main/java/org/therapyassist");
    static final int MAX_LINES = 300;
    static final Set<String> EXEMPT_MODULES = Set.of("demo");

    @Test
    void noClassIsOver300LinesOutsideTheDemoData() {
        Set<String> problems = new TreeSet<>();
        tooLong().forEach((file, lines) -> problems
                .add(file + " has " + lines + " lines: split it by what it does (at most " + MAX_LINES + ")"));
        assertThat(problems).as("classes over %d lines", MAX_LINES).isEmpty();
    }

    static Map<String, Integer> tooLong() {
        Map<String, Integer> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Path relative = SOURCES.relativize(f);
                int lines = lines(f);
                if (!EXEMPT_MODULES.contains(relative.getName(0).toString()) && lines > MAX_LINES) {
                    tooLong.put(relative.toString().replace('\\', '/'), lines);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tooLong;
    }

    private static int lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
