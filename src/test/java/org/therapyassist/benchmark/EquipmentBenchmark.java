package org.therapyassist.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.demo.DemoDataGenerator;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Time;
import org.therapyassist.support.TestDatabase;

/**
 * The equipment benchmark (benchmark/equipment.sh, never in the normal test run): one organisation with 1M ledger
 * entries and 50k assets on PostgreSQL; the stock page and the inspections-due list read over HTTP, and lending under
 * 32 concurrent users, each against the same work as bare SQL. Writes benchmark/equipment.md, included in
 * BENCHMARKS.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.db.url:jdbc:postgresql://localhost:5432/therapy_assist_bench?reWriteBatchedInserts=true}",
        "spring.datasource.username=${bench.db.user:therapy}",
        "spring.datasource.password=${bench.db.password:therapy}",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:40}",
        "spring.flyway.clean-disabled=false",
        "therapy-assist.demo.enabled=false",
        // No scheduled checkpoint walking the trail mid-measurement; key and anchor log kept out of ./data.
        "therapy-assist.audit.scheduled-checkpoints=false",
        "therapy-assist.audit.checkpoint-key-file=${java.io.tmpdir}/therapy-assist-bench-audit/audit-checkpoint.key",
        "therapy-assist.audit.checkpoint-anchor-directory=${java.io.tmpdir}/therapy-assist-bench-audit/anchor-${random.uuid}",
        "therapy-assist.reminders.enabled=false",
        "logging.level.root=warn"})
@Import(TestDatabase.class)
class EquipmentBenchmark {

    static final int MOVEMENTS = Integer.getInteger("bench.movements", 1_000_000);
    static final int ASSETS = Integer.getInteger("bench.assets", 50_000);
    static final int STORES = Integer.getInteger("bench.stores", 200);
    static final int USERS = Integer.getInteger("bench.users", 32);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final String[] STOCK_ITEMS = {"WALKING_FRAME", "WHEELED_FRAME", "THREE_WHEELED_WALKER", "WALKING_STICK",
            "ELBOW_CRUTCHES", "COMMODE", "TOILET_FRAME", "RAISED_TOILET_SEAT", "PERCHING_STOOL", "BATH_BOARD",
            "GRAB_RAIL",
            "PRESSURE_CUSHION"};
    static final String[] ASSET_ITEMS = {"MOBILE_HOIST", "STANDING_HOIST", "SLING", "WHEELCHAIR", "PROFILING_BED"};

    @LocalServerPort
    int port;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        long t0 = System.nanoTime();
        generator.generate(new DemoDataGenerator.Spec(1, 1, 40, 1, false, 11L));
        UUID org = jdbc.sql("select id from organisation").query(UUID.class).single();
        UUID actor = jdbc
                .sql("select id from staff_member where job_role = 'PHYSIOTHERAPIST' order by username limit 1")
                .query(UUID.class).single();
        String username = jdbc.sql("select username from staff_member where id = ?").param(actor).query(String.class)
                .single();
        List<UUID> patients = jdbc.sql("select id from patient").query(UUID.class).list();
        List<UUID> stores = generate(org, actor);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        jdbc.sql("analyze").update();
        long movements = jdbc.sql("select count(*) from equipment_movement").query(Long.class).single();
        long assets = jdbc.sql("select count(*) from equipment_asset").query(Long.class).single();

        String authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        UUID busiest = stores.getFirst();
        AtomicLong round = new AtomicLong();
        BenchmarkRuns.Operation stockApp = w -> get(
                "/api/v1/equipment/stores/" + stores.get((int) (round.incrementAndGet() % stores.size())) + "/stock",
                authorization);
        BenchmarkRuns.Operation stockSql = w -> stockBareSql(org,
                stores.get((int) (round.incrementAndGet() % stores.size())));
        BenchmarkRuns.Operation dueApp = w -> get(
                "/api/v1/equipment/inspections?storeId=" + stores.get((int) (round.incrementAndGet() % stores.size())),
                authorization);
        BenchmarkRuns.Operation dueSql = w -> dueBareSql(org,
                stores.get((int) (round.incrementAndGet() % stores.size())));
        BenchmarkRuns.Operation issueApp = w -> lend(authorization, patients.get(w % patients.size()),
                stores.get(w % stores.size()));
        BenchmarkRuns.Operation issueSql = w -> issueBareSql(org, actor, patients.get(w % patients.size()),
                stores.get(w % stores.size()));

        BenchmarkRuns.drive(4, 5, stockApp);
        BenchmarkRuns.drive(USERS, 5, issueApp);
        Latencies.Summary stock = BenchmarkRuns.drive(8, SECONDS, stockApp);
        Latencies.Summary stockBare = BenchmarkRuns.drive(8, SECONDS, stockSql);
        Latencies.Summary due = BenchmarkRuns.drive(8, SECONDS, dueApp);
        Latencies.Summary dueBare = BenchmarkRuns.drive(8, SECONDS, dueSql);
        Latencies.Summary issue = BenchmarkRuns.drive(USERS, SECONDS, issueApp);
        Latencies.Summary issueBare = BenchmarkRuns.drive(USERS, SECONDS, issueSql);
        long negative = jdbc.sql("select count(*) from equipment_balance where on_hand < 0").query(Long.class).single();
        write(generateSeconds, movements, assets, stores.size(), negative, stock, stockBare, due, dueBare, issue,
                issueBare);
    }

    /**
     * Stores with a year of ledger history each (receipts, issues, returns, cleaning, counts) and assets with due
     * dates.
     */
    List<UUID> generate(UUID org, UUID actor) {
        Random random = new Random(5);
        LocalDate today = Time.today(clock);
        List<UUID> stores = new ArrayList<>();
        for (int s = 0; s < STORES; s++) {
            UUID id = Ids.newId();
            stores.add(id);
            template.update(
                    "insert into equipment_store (id, organisation_id, name, kind) values (?, ?, ?, 'COMMUNITY_BASE')",
                    id, org, "Store " + (s + 1));
        }
        int perPair = Math.max(2, MOVEMENTS / (STORES * STOCK_ITEMS.length));
        List<Object[]> batch = new ArrayList<>();
        for (UUID store : stores) {
            for (String item : STOCK_ITEMS) {
                int available = 0;
                int quarantine = 0;
                for (int m = 0; m < perPair; m++) {
                    int quantity;
                    String bin = "AVAILABLE";
                    String kind;
                    if (m == 0 || available < 3) {
                        quantity = 20 + random.nextInt(20);
                        kind = "RECEIVE";
                    } else if (quarantine > 0 && random.nextInt(3) == 0) {
                        quantity = -1;
                        bin = "QUARANTINE";
                        kind = "CLEANED";
                    } else if (random.nextInt(4) == 0) {
                        quantity = 1;
                        bin = "QUARANTINE";
                        kind = "RETURN";
                    } else {
                        quantity = -1;
                        kind = "ISSUE";
                    }
                    if (bin.equals("AVAILABLE")) {
                        available += quantity;
                    } else {
                        quarantine += quantity;
                    }
                    batch.add(new Object[]{Ids.newId(), org, store, item, bin, quantity, kind, actor,
                            Timestamp.from(Instant.now().minusSeconds(60L * (perPair - m)))});
                    if (batch.size() == 5000) {
                        flushMovements(batch);
                    }
                }
                template.update(
                        "insert into equipment_balance (organisation_id, store_id, item_code, bin, on_hand) values (?, ?, ?, 'AVAILABLE', ?)",
                        org, store, item, available + 100_000);
                template.update(
                        "insert into equipment_movement (id, organisation_id, store_id, item_code, bin, quantity, kind, actor_id, happened_at) "
                                + "values (?, ?, ?, ?, 'AVAILABLE', 100000, 'RECEIVE', ?, ?)",
                        Ids.newId(), org, store, item, actor,
                        Timestamp.from(Instant.now()));
                template.update(
                        "insert into equipment_balance (organisation_id, store_id, item_code, bin, on_hand) values (?, ?, ?, 'QUARANTINE', ?)",
                        org, store, item, quarantine);
                template.update(
                        "insert into equipment_stock_level (store_id, item_code, reorder_level, reorder_quantity) values (?, ?, 5, 10)",
                        store, item);
            }
        }
        flushMovements(batch);
        List<Object[]> assets = new ArrayList<>();
        for (int a = 0; a < ASSETS; a++) {
            String item = ASSET_ITEMS[a % ASSET_ITEMS.length];
            LocalDate due = item.equals("WHEELCHAIR") ? null : today.plusDays(random.nextInt(200) - 20);
            assets.add(new Object[]{Ids.newId(), org, item, stores.get(a % stores.size()), "A-" + a, "SN" + a,
                    random.nextInt(10) == 0 ? "ON_LOAN" : "AVAILABLE", due});
            if (assets.size() == 5000) {
                template.batchUpdate(
                        "insert into equipment_asset (id, organisation_id, item_code, store_id, asset_label, serial_number, "
                                + "status, next_inspection_due) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        assets);
                assets.clear();
            }
        }
        if (!assets.isEmpty()) {
            template.batchUpdate(
                    "insert into equipment_asset (id, organisation_id, item_code, store_id, asset_label, serial_number, "
                            + "status, next_inspection_due) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    assets);
        }
        return stores;
    }

    void flushMovements(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            template.batchUpdate(
                    "insert into equipment_movement (id, organisation_id, store_id, item_code, bin, quantity, kind, "
                            + "actor_id, happened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch);
            batch.clear();
        }
    }

    boolean get(String path, String authorization) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200;
    }

    boolean lend(String authorization, UUID patient, UUID store) throws IOException, InterruptedException {
        String body = """
                {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_STICK", "quantity": 1,
                 "instructions": "Stick in the hand opposite the weak leg"}""".formatted(patient, store);
        var response = http
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/equipment/loans"))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201;
    }

    boolean stockBareSql(UUID org, UUID store) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c
                        .prepareStatement("select b.item_code, b.bin, b.on_hand, l.reorder_level, l.reorder_quantity "
                                + "from equipment_balance b left join equipment_stock_level l on l.store_id = b.store_id and l.item_code = b.item_code "
                                + "where b.organisation_id = ? and b.store_id = ?")) {
            ps.setObject(1, org);
            ps.setObject(2, store);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getInt(3);
                }
            }
        }
        return true;
    }

    boolean dueBareSql(UUID org, UUID store) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c
                        .prepareStatement("select a.id, a.asset_label, a.item_code, a.next_inspection_due, a.status "
                                + "from equipment_asset a where a.organisation_id = ? and a.store_id = ? and a.status <> 'RETIRED' "
                                + "and a.next_inspection_due <= ? order by a.next_inspection_due")) {
            ps.setObject(1, org);
            ps.setObject(2, store);
            ps.setObject(3, Time.today(clock).plusDays(30));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        }
        return true;
    }

    /**
     * The rows a loan of one stick writes: the conditional balance update, a ledger entry and the loan, in one
     * transaction.
     */
    boolean issueBareSql(UUID org, UUID actor, UUID patient, UUID store) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID loan = Ids.newId();
            try (PreparedStatement ps = c
                    .prepareStatement("update equipment_balance set on_hand = on_hand - 1 where store_id = ? "
                            + "and item_code = 'WALKING_STICK' and bin = 'AVAILABLE' and on_hand >= 1")) {
                ps.setObject(1, store);
                if (ps.executeUpdate() == 0) {
                    c.rollback();
                    return false;
                }
            }
            try (PreparedStatement ps = c
                    .prepareStatement("insert into equipment_movement (id, organisation_id, store_id, item_code, "
                            + "bin, quantity, kind, loan_id, actor_id, happened_at) values (?, ?, ?, 'WALKING_STICK', 'AVAILABLE', -1, 'ISSUE', ?, ?, ?)")) {
                ps.setObject(1, Ids.newId());
                ps.setObject(2, org);
                ps.setObject(3, store);
                ps.setObject(4, loan);
                ps.setObject(5, actor);
                ps.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c
                    .prepareStatement("insert into equipment_loan (id, organisation_id, patient_id, store_id, "
                            + "item_code, quantity, instructions, issued_by, issued_at, status) values (?, ?, ?, ?, 'WALKING_STICK', 1, ?, ?, ?, 'ON_LOAN')")) {
                ps.setObject(1, loan);
                ps.setObject(2, org);
                ps.setObject(3, patient);
                ps.setObject(4, store);
                ps.setString(5, "Stick in the hand opposite the weak leg");
                ps.setObject(6, actor);
                ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            c.commit();
            return true;
        }
    }

    void write(double generateSeconds, long movements, long assets, int stores, long negative, Latencies.Summary stock,
            Latencies.Summary stockBare, Latencies.Summary due, Latencies.Summary dueBare, Latencies.Summary issue,
            Latencies.Summary issueBare) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("## Equipment (issue 5)");
        out.add("");
        out.add("Written by `bash benchmark/equipment.sh`. Last run: " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                + ", on the machine above, PostgreSQL on loopback.");
        out.add("");
        out.add(String.format(Locale.UK,
                "One organisation, %d stores, %,d ledger entries, %,d assets (generated in %.0f s). "
                        + "Stock page and inspections due: 8 concurrent readers, a store at a time. Lending: %d concurrent users "
                        + "each lending a walking stick (ledger entry, balance, loan, patient access check and audit). %d s per path. "
                        + "Balances below zero after the run: %d.",
                stores, movements, assets, generateSeconds, USERS, SECONDS, negative));
        out.add("");
        out.add("| operation | path | requests | errors | p50 ms | p99 ms | max ms | per second |");
        out.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        out.add(DelegationLoadBenchmark.row("Stock page", "app (GET /api/v1/equipment/stores/{id}/stock)", stock));
        out.add(DelegationLoadBenchmark.row("Stock page", "bare SQL", stockBare));
        out.add(DelegationLoadBenchmark.row("Inspections due", "app (GET /api/v1/equipment/inspections?storeId=)",
                due));
        out.add(DelegationLoadBenchmark.row("Inspections due", "bare SQL", dueBare));
        out.add(DelegationLoadBenchmark.row("Lend a stick", "app (POST /api/v1/equipment/loans)", issue));
        out.add(DelegationLoadBenchmark.row("Lend a stick", "bare SQL", issueBare));
        out.add("");
        out.add(String.format(Locale.UK, "p99 app ÷ bare SQL: stock page %.1f×, inspections due %.1f×, lending %.1f×.",
                stock.p99Ms() / Math.max(0.001, stockBare.p99Ms()), due.p99Ms() / Math.max(0.001, dueBare.p99Ms()),
                issue.p99Ms() / Math.max(0.001, issueBare.p99Ms())));
        BenchmarkRuns.writeSection("equipment", out);
    }
}
