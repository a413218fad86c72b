package org.therapyassist.support;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database as its owner sees it: on PostgreSQL the role Flyway migrates with ({@code spring.flyway.user}), which
 * the application's own login is not; on H2 there is one login, so the owner is the application's data source.
 * Tests use it to stand in for someone with owner rights who goes round the application.
 */
public class DatabaseOwner {

    /** The tables whose user triggers an attacker with owner rights would switch off first. */
    private static final List<String> AUDIT_TABLES = List.of("audit_event", "audit_chain_head", "audit_checkpoint",
            "audit_checkpoint_head");

    private final DataSource dataSource;
    private final boolean postgres;
    private final String username;

    DatabaseOwner(Environment env, DataSource appDataSource) {
        String user = env.getProperty("spring.flyway.user");
        if (user == null || user.isBlank()) {
            this.dataSource = appDataSource;
            this.username = env.getProperty("spring.datasource.username");
        } else {
            String url = env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url"));
            this.dataSource = new DriverManagerDataSource(url, user, env.getProperty("spring.flyway.password", ""));
            this.username = user;
        }
        try (var c = appDataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean postgres() {
        return postgres;
    }

    public String username() {
        return username;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /**
     * Runs an attack on the audit tables in one owner transaction. On PostgreSQL the append-only triggers are
     * switched off for it and on again before commit, as an owner could; on H2 there are none.
     */
    public void tamper(Consumer<JdbcClient> attack) {
        JdbcClient jdbc = jdbc();
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            if (postgres) {
                AUDIT_TABLES.forEach(t -> jdbc.sql("alter table " + t + " disable trigger user").update());
            }
            attack.accept(jdbc);
            if (postgres) {
                AUDIT_TABLES.forEach(t -> jdbc.sql("alter table " + t + " enable trigger user").update());
            }
        });
    }
}
