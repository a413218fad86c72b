package org.therapyassist.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/** What the benchmark harnesses share: a closed-loop load driver and their sections of BENCHMARKS.md. */
final class BenchmarkRuns {

    /** Sections of the smaller harnesses and the soak, kept in benchmark/&lt;name&gt;.md and between markers here. */
    static final List<String> SECTIONS = List.of("gap-analysis", "equipment", "patient-page", "soak", "imports",
            "planning", "startup", "drills", "external");

    interface Operation {
        boolean run(int worker) throws Exception;
    }

    private BenchmarkRuns() {
    }

    /**
     * {@code users} threads each run the operation back to back for {@code seconds}; a thrown exception is an error.
     */
    static Latencies.Summary drive(int users, int seconds, Operation operation) throws InterruptedException {
        Latencies latencies = new Latencies();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
            for (int i = 0; i < users; i++) {
                int worker = i;
                pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = operation.run(worker);
                        } catch (Exception e) {
                            ok = false;
                        }
                        latencies.add(start, System.nanoTime() - start, ok);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        }
        return latencies.summary();
    }

    /** Writes benchmark/{name}.md and puts it between its markers in BENCHMARKS.md (appended the first time). */
    static void writeSection(String name, List<String> lines) throws IOException {
        Files.write(Path.of("benchmark", name + ".md"), lines);
        Path benchmarks = Path.of("BENCHMARKS.md");
        String existing = Files.exists(benchmarks) ? Files.readString(benchmarks) : "# Benchmarks\n";
        String section = "<!-- " + name + " -->\n" + String.join("\n", lines) + "\n<!-- /" + name + " -->";
        String updated = existing.contains("<!-- " + name + " -->")
                ? existing.replaceAll("(?s)<!-- " + name + " -->.*<!-- /" + name + " -->",
                        Matcher.quoteReplacement(section))
                : existing.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(benchmarks, updated);
        lines.forEach(System.out::println);
    }

    /** The sections already measured, for the main harness to keep when it rewrites BENCHMARKS.md. */
    static void appendSections(List<String> out) throws IOException {
        for (String name : SECTIONS) {
            Path file = Path.of("benchmark", name + ".md");
            if (Files.exists(file)) {
                out.add("<!-- " + name + " -->");
                out.addAll(Files.readAllLines(file));
                out.add("<!-- /" + name + " -->");
                out.add("");
            }
        }
    }
}
