package org.therapyassist.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Keycloak for the identity-provider journeys, started once per test run and shared: the distribution from
 * the local Maven repository (.ci/run fetches it) unpacked under target/, started in dev mode on free loopback ports
 * with the test realm imported ({@code keycloak/nhs-test-realm.json}: clients, users and CIS2-shaped claim mappers),
 * on the JDK the tests run on. Stopped when the test JVM ends. Runs when {@code TA_TEST_KEYCLOAK=1} (CI sets it; then
 * a missing distribution fails the run); skipped otherwise.
 */
final class KeycloakServer {

    static final String VERSION = "26.7.3";
    static final String REALM = "nhs-test";
    static final Duration READY_WITHIN = Duration.ofMinutes(6);

    private static KeycloakServer instance;

    final String url;
    final long startedInMillis;
    private final Process process;

    private KeycloakServer(String url, Process process, long startedInMillis) {
        this.url = url;
        this.process = process;
        this.startedInMillis = startedInMillis;
    }

    String issuer() {
        return url + "/realms/" + REALM;
    }

    static synchronized KeycloakServer shared() {
        if (instance == null) {
            String wanted = System.getenv("TA_TEST_KEYCLOAK");
            Assumptions.assumeTrue("1".equals(wanted) || "true".equalsIgnoreCase(wanted),
                    "Identity-provider journeys run against a real Keycloak when TA_TEST_KEYCLOAK=1 (.ci/run sets it)");
            instance = start();
        }
        return instance;
    }

    private static KeycloakServer start() {
        long began = System.nanoTime();
        try {
            Path home = unpacked();
            Path data = home.resolve("data");
            deleteTree(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/nhs-test-realm.json")) {
                Files.copy(realm, data.resolve("import/nhs-test-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            int management = freePort();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management,
                    "--hostname-strict=false", "--import-realm", "--health-enabled=true")
                    .redirectErrorStream(true).redirectOutput(Path.of("target/keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + Long.toHexString(System.nanoTime()));
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            awaitReady(process, "http://127.0.0.1:" + management + "/health/ready");
            long millis = (System.nanoTime() - began) / 1_000_000;
            System.out.println("Keycloak " + VERSION + " ready in " + millis + " ms on port " + port);
            return new KeycloakServer("http://127.0.0.1:" + port, process, millis);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak (see target/keycloak.log)", e);
        }
    }

    private static Path unpacked() throws IOException {
        Path target = Path.of("target");
        Path home = target.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path repository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        Path archive = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".tar.gz");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No Keycloak distribution at " + archive + ": ./mvnw dependency:get "
                    + "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":tar.gz -Dtransitive=false");
        }
        run(List.of("tar", "xzf", archive.toString(), "-C", target.toString()));
        return home;
    }

    private static void awaitReady(Process process, String health) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (see target/keycloak.log)");
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000);
        }
        stop(process);
        throw new IllegalStateException("Keycloak was not ready within " + READY_WITHIN + " (see target/keycloak.log)");
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException {
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
