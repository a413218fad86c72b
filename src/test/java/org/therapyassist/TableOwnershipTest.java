package org.therapyassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module: the only one whose SQL writes it and, apart from the declared read models, the only
 * one whose SQL reads it. Others go through the owner's public face (for example {@code StaffDirectory.byIds},
 * {@code PatientRecords.summaries}). The module test checks Java types; this checks the SQL, which the module test
 * cannot see.
 *
 * <p>
 * The scan reads the SQL in every string literal under {@code src/main/java} and names its tables (every table a
 * migration creates). The owner of a table is the one module that writes it; a table written by no module (reference
 * data the migrations load, or the demo's organisations) is owned by the module named in {@link #OWNERS}.
 */
class TableOwnershipTest {

    static final Path SOURCES = Path.of("src/main/java/org/therapyassist");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Read models: reporting builds cross-module views on purpose; demo writes the fictional service. */
    static final Set<String> READ_MODELS = Set.of("reporting", "demo");

    /** Owners named outright, where no module outside the read models writes the table. */
    static final Map<String, String> OWNERS = Map.of(
            "competency", "competence",
            "training_course", "training",
            "organisation", "staff");

    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern WRITE = Pattern
            .compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(\\w+)");
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(\\w+)");

    record Use(String module, String table, boolean write) {
        String key() {
            return module + (write ? " writes " : " reads ") + table;
        }
    }

    @Test
    void eachTableIsWrittenByOneModuleAndReadOnlyByItAndTheReadModels() {
        Set<Use> uses = uses(tables());
        Map<String, Set<String>> writers = new TreeMap<>();
        Map<String, Set<String>> users = new TreeMap<>();
        for (Use use : uses) {
            if (!READ_MODELS.contains(use.module())) {
                users.computeIfAbsent(use.table(), t -> new TreeSet<>()).add(use.module());
                if (use.write()) {
                    writers.computeIfAbsent(use.table(), t -> new TreeSet<>()).add(use.module());
                }
            }
        }
        Set<String> problems = new TreeSet<>();
        Map<String, String> owners = new TreeMap<>();
        users.forEach((table, modules) -> {
            Set<String> candidates = writers.getOrDefault(table, modules);
            if (OWNERS.containsKey(table)) {
                owners.put(table, OWNERS.get(table));
            } else if (candidates.size() == 1) {
                owners.put(table, candidates.iterator().next());
            } else {
                problems.add(table + " is " + (writers.containsKey(table) ? "written" : "read") + " by " + candidates
                        + ": name its one owner in OWNERS");
            }
        });
        Set<String> crossings = new TreeSet<>();
        uses.stream().filter(u -> !READ_MODELS.contains(u.module()) && owners.containsKey(u.table())
                && !owners.get(u.table()).equals(u.module())).forEach(u -> crossings.add(u.key()));

        crossings.forEach(c -> problems.add(c + ", which belongs to " + owners.get(c.substring(c.lastIndexOf(' ') + 1))
                + ": go through that module's public face"));
        assertThat(problems).as("tables used outside their owning module").isEmpty();
    }

    static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATE.matcher(read(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static Set<Use> uses(Set<String> tables) {
        Set<Use> uses = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Path relative = SOURCES.relativize(f);
                if (relative.getNameCount() < 2) {
                    return;
                }
                String module = relative.getName(0).toString();
                // SQL split over concatenated literals ("... from " + "staff_member s") is read as one.
                Matcher literal = LITERAL.matcher(read(f).replaceAll("\"\\s*\\+\\s*\"", ""));
                while (literal.find()) {
                    String sql = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    collect(sql, WRITE, tables, module, true, uses);
                    collect(sql, READ, tables, module, false, uses);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static void collect(String sql, Pattern pattern, Set<String> tables, String module, boolean write,
            Set<Use> into) {
        Matcher m = pattern.matcher(sql);
        while (m.find()) {
            String table = m.group(1).toLowerCase();
            if (tables.contains(table)) {
                into.add(new Use(module, table, write));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
