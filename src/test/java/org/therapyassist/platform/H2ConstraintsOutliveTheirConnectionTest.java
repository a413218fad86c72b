package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The embedded H2 default must keep working once the connection pool retires the connection that created the schema.
 * H2 2.4.240 bound a CHECK constraint's {@code col IN (...)} to the session that parsed it; when Hikari retired that
 * connection (max-lifetime, 30 minutes) every write the constraint guards failed with "The database has been closed"
 * until a restart. This test builds the database as the app does (the URL and Flyway locations from application.yml),
 * closes the migrating connection while another keeps the database open, then writes a row into every table, so that
 * every CHECK constraint and column default in the schema is evaluated by a session that did not create it.
 */
class H2ConstraintsOutliveTheirConnectionTest {

    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?![\\w.])");
    private static final int MAX_TRIES_PER_TABLE = 20_000;

    @TempDir
    Path directory;

    @Test
    void everyCheckConstraintStillWorksAfterTheConnectionThatCreatedItIsRetired() throws Exception {
        assertThat(writesRefused(true)).as("writes refused by a constraint that should have passed").isEmpty();
    }

    /**
     * The control: the same rows pass while the migrating connection is open, so a refusal above is the retirement's.
     */
    @Test
    void everyCheckConstraintWorksWhileTheConnectionThatCreatedItIsOpen() throws Exception {
        assertThat(writesRefused(false)).as("writes refused by a constraint that should have passed").isEmpty();
    }

    /** Writes a row that passes every check into every table, then updates it; returns what was refused. */
    private List<String> writesRefused(boolean retireMigratingConnection) throws Exception {
        String url = appDatabaseUrl();
        Connection migrating = migrated(url);
        try (Connection survivor = DriverManager.getConnection(url, "sa", "")) {
            if (retireMigratingConnection) {
                migrating.close();
            }
            survivor.createStatement().execute("set referential_integrity false");
            List<CheckedTable> tables = tables(survivor);
            assertThat(tables.stream().mapToInt(t -> t.constraints().size()).sum())
                    .as("every check constraint in the schema is covered").isEqualTo(checkConstraintCount(survivor))
                    .isNotZero();
            List<String> failures = new ArrayList<>();
            for (CheckedTable table : tables) {
                String failure = insertAndUpdateARowPassingEveryCheck(survivor, table);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        } finally {
            migrating.close();
        }
    }

    /**
     * Opens the database on a first connection and migrates it there, as Spring Boot's Flyway does on the pool's first
     * connection; the caller then opens a second ("the pool's other connections") and may close the first, as Hikari
     * does when the migrating connection reaches its maximum lifetime.
     */
    private Connection migrated(String url) throws SQLException {
        Connection migrating = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(new SingleConnectionDataSource(migrating, true))
                .locations(appFlywayLocations()).load().migrate();
        return migrating;
    }

    private String appDatabaseUrl() {
        String configured = (String) appConfig("spring", "datasource", "url");
        Matcher h2 = Pattern.compile("\\$\\{DATABASE_URL:(jdbc:h2:file:[^}]+)}").matcher(configured);
        assertThat(h2.matches()).as("the default database is a file H2 database: %s", configured).isTrue();
        return h2.group(1).replace("./data/", directory.toAbsolutePath() + "/");
    }

    private String[] appFlywayLocations() {
        return Arrays.stream(((String) appConfig("spring", "flyway", "locations")).split(","))
                .map(location -> location.trim().replace("{vendor}", "h2")).toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    private static Object appConfig(String... path) {
        try (InputStream yaml = H2ConstraintsOutliveTheirConnectionTest.class.getResourceAsStream("/application.yml")) {
            Object node = new Yaml().loadAll(yaml).iterator().next();
            for (String key : path) {
                node = ((Map<String, Object>) node).get(key);
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Column(String name, String type, int length, boolean nullable, boolean defaulted) {
    }

    record CheckedTable(String name, List<Column> columns, Map<String, String> constraints,
            Set<String> checkedColumns) {
    }

    private static int checkConstraintCount(Connection connection) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(
                "select count(*) from information_schema.table_constraints where constraint_type = 'CHECK'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Every table of the schema with its check constraints (none for some), so defaults are evaluated everywhere too.
     */
    private static List<CheckedTable> tables(Connection connection) throws SQLException {
        Map<String, Map<String, String>> constraints = new LinkedHashMap<>();
        try (var rows = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables "
                        + "where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                constraints.put(rows.getString(1), new LinkedHashMap<>());
            }
        }
        try (var rows = connection.createStatement().executeQuery("""
                select t.table_name, t.constraint_name, c.check_clause
                from information_schema.table_constraints t
                join information_schema.check_constraints c
                  on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name
                where t.constraint_type = 'CHECK' order by t.table_name, t.constraint_name""")) {
            while (rows.next()) {
                constraints.get(rows.getString(1)).put(rows.getString(2), rows.getString(3));
            }
        }
        List<CheckedTable> tables = new ArrayList<>();
        for (var table : constraints.entrySet()) {
            Set<String> checked = new LinkedHashSet<>();
            try (PreparedStatement used = connection.prepareStatement("""
                    select u.column_name from information_schema.constraint_column_usage u
                    join information_schema.table_constraints t
                      on t.constraint_schema = u.constraint_schema and t.constraint_name = u.constraint_name
                    where t.constraint_type = 'CHECK' and u.table_name = ?""")) {
                used.setString(1, table.getKey());
                try (var rows = used.executeQuery()) {
                    while (rows.next()) {
                        checked.add(rows.getString(1));
                    }
                }
            }
            tables.add(
                    new CheckedTable(table.getKey(), columns(connection, table.getKey()), table.getValue(), checked));
        }
        return tables;
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select column_name, data_type, coalesce(character_maximum_length, 0), is_nullable = 'YES',
                       column_default is not null or is_identity = 'YES'
                from information_schema.columns where table_name = ? order by ordinal_position""")) {
            select.setString(1, table);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(rows.getString(1), rows.getString(2).toUpperCase(Locale.ROOT),
                            (int) Math.min(rows.getLong(3), 1000), rows.getBoolean(4), rows.getBoolean(5)));
                }
            }
        }
        return columns;
    }

    /**
     * Searches the candidate values of the checked columns for a row every check accepts, letting the database judge
     * each try: a "check constraint violated" means try the next row; anything else (such as "check constraint
     * invalid", the H2 failure) is the answer. The found row is then updated so the update path is evaluated too.
     * Returns null when both writes succeed.
     */
    private static String insertAndUpdateARowPassingEveryCheck(Connection connection, CheckedTable table)
            throws SQLException {
        List<Column> inserted = table.columns().stream()
                .filter(c -> table.checkedColumns().contains(c.name()) || !(c.defaulted() || c.nullable())).toList();
        List<List<Object>> candidates = inserted.stream().map(c -> candidates(c, table)).toList();
        String insert = "insert into " + table.name() + " ("
                + inserted.stream().map(Column::name).collect(Collectors.joining(", ")) + ") values ("
                + inserted.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        int[] choice = new int[inserted.size()];
        SQLException lastViolation = null;
        for (int tries = 0; tries < MAX_TRIES_PER_TABLE; tries++) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < choice.length; i++) {
                row.add(fresh(candidates.get(i).get(choice[i]), inserted.get(i)));
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                bind(statement, row, 1);
                statement.executeUpdate();
                return update(connection, table, inserted, row, identifying(inserted, candidates, choice));
            } catch (SQLException e) {
                if (!"23513".equals(e.getSQLState())) {
                    return table.name() + " insert: " + describe(e);
                }
                lastViolation = e;
            }
            if (!next(choice, candidates)) {
                break;
            }
        }
        return table.name() + ": no candidate row passes its checks " + table.constraints().values()
                + "; extend candidates(): " + (lastViolation == null ? "" : describe(lastViolation));
    }

    /** The columns given a fresh value (an id, a unique code) find the inserted row again. */
    private static List<Integer> identifying(List<Column> inserted, List<List<Object>> candidates, int[] choice) {
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < choice.length; i++) {
            if (candidates.get(i).get(choice[i]) instanceof Unique && !inserted.get(i).type().equals("CHARACTER")) {
                fresh.add(i);
            }
        }
        assertThat(fresh).as("a column with a fresh value").isNotEmpty();
        return fresh;
    }

    private static String update(Connection connection, CheckedTable table, List<Column> inserted, List<Object> row,
            List<Integer> identifying) {
        List<Column> checked = inserted.stream().filter(c -> table.checkedColumns().contains(c.name())).toList();
        if (checked.isEmpty()) {
            checked = inserted.subList(0, 1);
        }
        String set = checked.stream().map(c -> c.name() + " = " + c.name()).collect(Collectors.joining(", "));
        String where = identifying.stream().map(i -> inserted.get(i).name() + " = ?")
                .collect(Collectors.joining(" and "));
        String update = "update " + table.name() + " set " + set + " where " + where;
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            bind(statement, identifying.stream().map(row::get).toList(), 1);
            assertThat(statement.executeUpdate()).as("rows updated in %s", table.name()).isEqualTo(1);
            return null;
        } catch (SQLException e) {
            return table.name() + " update: " + describe(e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values, int first) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(first + i, values.get(i));
        }
    }

    private static String describe(SQLException e) {
        StringBuilder text = new StringBuilder(e.getSQLState() + " " + e.getMessage().lines().findFirst().orElse(""));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause.getMessage().lines().findFirst().orElse(""));
        }
        return text.toString();
    }

    /** Advances the odometer over the candidate lists; false once every combination has been tried. */
    private static boolean next(int[] choice, List<List<Object>> candidates) {
        for (int i = choice.length - 1; i >= 0; i--) {
            if (++choice[i] < candidates.get(i).size()) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }

    /** Values worth trying for a column: the literals its table's checks mention first, then plain ones of its type. */
    private static List<Object> candidates(Column column, CheckedTable table) {
        boolean checked = table.checkedColumns().contains(column.name());
        String clauses = String.join(" ", table.constraints().values());
        List<Object> values = new ArrayList<>();
        String type = column.type();
        if (type.contains("CHAR") || type.contains("CLOB")) {
            if (checked) {
                Matcher quoted = QUOTED.matcher(clauses);
                while (quoted.find()) {
                    values.add(quoted.group(1).replace("''", "'"));
                }
            }
            values.add(Unique.TEXT);
        } else if (type.equals("INTEGER") || type.equals("SMALLINT") || type.equals("BIGINT")
                || type.equals("TINYINT")) {
            if (checked) {
                numbers(clauses).forEach(n -> values.add(n.intValue()));
                values.addAll(List.of(0, 1, 2));
            } else {
                values.add(Unique.INTEGER);
            }
        } else if (type.equals("NUMERIC") || type.equals("DECIMAL") || type.equals("REAL") || type.contains("DOUBLE")) {
            numbers(clauses).forEach(values::add);
            values.addAll(List.of(BigDecimal.ONE, BigDecimal.ZERO));
        } else if (type.equals("DATE")) {
            LocalDate today = LocalDate.now();
            values.addAll(List.of(today, today.plusDays(1), today.minusDays(1)));
        } else if (type.startsWith("TIMESTAMP")) {
            OffsetDateTime now = OffsetDateTime.now();
            values.addAll(List.of(now, now.plusDays(1), now.minusDays(1)));
        } else if (type.startsWith("TIME")) {
            values.addAll(List.of(LocalTime.of(10, 0), LocalTime.of(11, 0)));
        } else if (type.equals("BOOLEAN")) {
            values.addAll(List.of(true, false));
        } else if (type.equals("UUID")) {
            values.add(Unique.UUID);
        } else if (type.contains("BINARY") || type.contains("BLOB")) {
            values.add(new byte[]{1});
        } else if (type.equals("JSON")) {
            values.add("{}");
        } else {
            throw new IllegalStateException(
                    "No candidate values for " + table.name() + "." + column.name() + " (" + type + ")");
        }
        if (column.nullable() && checked) {
            values.add(null);
        }
        return values.stream().distinct().toList();
    }

    private static List<BigDecimal> numbers(String clauses) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher number = NUMBER.matcher(clauses.replaceAll(QUOTED.pattern(), "''"));
        while (number.find()) {
            BigDecimal n = new BigDecimal(number.group());
            numbers.addAll(List.of(n, n.add(BigDecimal.ONE)));
        }
        return numbers;
    }

    /** Placeholders for values that must not collide with a seeded row (a primary key, a unique code). */
    private enum Unique {
        TEXT, INTEGER, UUID
    }

    private static Object fresh(Object candidate, Column column) {
        if (!(candidate instanceof Unique unique)) {
            return candidate;
        }
        return switch (unique) {
            case UUID -> UUID.randomUUID();
            case INTEGER -> 100_000 + (int) (Math.random() * 1_000_000);
            case TEXT -> {
                String text = UUID.randomUUID().toString().replace("-", "");
                yield column.length() > 0 && column.length() < text.length()
                        ? text.substring(0, column.length())
                        : text;
            }
        };
    }
}
