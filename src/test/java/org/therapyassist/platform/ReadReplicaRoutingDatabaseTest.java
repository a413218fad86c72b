package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.support.DatabaseOwner;
import org.therapyassist.support.IntegrationTest;

/**
 * With a read replica configured, a transaction marked read-only runs on the replica and everything else on the
 * primary; a read-only transaction joining a writing one stays with it. On PostgreSQL a read-only transaction that
 * writes fails loudly, on the replica and on the primary alike, which is what makes routing every read-only
 * transaction safe. The "replica" here is the test's own database reached through a second pool.
 */
@IntegrationTest
class ReadReplicaRoutingDatabaseTest {

    @Autowired
    DataSource primary;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DatabaseOwner owner;
    @Autowired
    Environment env;

    /** Counts the connections a data source hands out. */
    static final class Counting extends DelegatingDataSource {
        final AtomicInteger handedOut = new AtomicInteger();

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            handedOut.incrementAndGet();
            return super.getConnection();
        }
    }

    /** The test's own database through a second pool, made as the application makes the replica's. */
    HikariDataSource replicaPool() {
        return ReadReplicaRouting.replicaPool(env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password", ""), 2);
    }

    static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    @Test
    void readOnlyTransactionsRunOnTheReplicaAndTheRestOnThePrimary() {
        Counting toPrimary = new Counting(primary);
        HikariDataSource pool = replicaPool();
        Counting toReplica = new Counting(pool);
        DataSource routed = ReadReplicaRouting.route(toPrimary, toReplica);
        DataSourceTransactionManager manager = new DataSourceTransactionManager(routed);
        JdbcClient jdbc = JdbcClient.create(routed);

        // The proxy asks the primary once for a connection's defaults (auto-commit, isolation); count from there.
        jdbc.sql("select 1").query(Integer.class).single();
        int primaryBefore = toPrimary.handedOut.get();
        int replicaBefore = toReplica.handedOut.get();

        long patients = readOnly(manager).execute(s -> jdbc.sql("select count(*) from patient").query(Long.class)
                .single());
        assertThat(patients).isPositive();
        assertThat(toReplica.handedOut.get() - replicaBefore).isEqualTo(1);
        assertThat(toPrimary.handedOut.get() - primaryBefore).isZero();

        new TransactionTemplate(manager).executeWithoutResult(s -> {
            jdbc.sql("select count(*) from patient").query(Long.class).single();
            // Joins the writing transaction: one connection, on the primary, sees what this one wrote.
            readOnly(manager).executeWithoutResult(inner -> jdbc.sql("select 1").query(Integer.class).single());
        });
        assertThat(toPrimary.handedOut.get() - primaryBefore).isEqualTo(1);
        assertThat(toReplica.handedOut.get() - replicaBefore).isEqualTo(1);

        jdbc.sql("select 1").query(Integer.class).single();
        assertThat(toPrimary.handedOut.get() - primaryBefore).as("outside a transaction: the primary").isEqualTo(2);
        pool.close();
    }

    @Test
    void onPostgresqlAReadOnlyTransactionThatWritesFailsInsteadOfWritingSomewhere() {
        assumeTrue(owner.postgres(), "H2 takes read-only as a hint only; CI runs this on PostgreSQL");
        HikariDataSource pool = replicaPool();
        DataSource routed = ReadReplicaRouting.route(primary, pool);
        JdbcClient jdbc = JdbcClient.create(routed);
        String key = "replica-test-" + UUID.randomUUID();
        for (PlatformTransactionManager manager : new PlatformTransactionManager[]{
                new DataSourceTransactionManager(routed), transactions}) {
            assertThatThrownBy(() -> readOnly(manager).executeWithoutResult(s -> JdbcClient
                    .create(manager == transactions ? primary : routed)
                    .sql("insert into shedlock (name, lock_until, locked_at, locked_by) "
                            + "values (?, current_timestamp, current_timestamp, 'test')")
                    .param(key).update()))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("read-only transaction");
        }
        assertThat(jdbc.sql("select count(*) from shedlock where name = ?").param(key).query(Long.class).single())
                .isZero();
        pool.close();
    }
}
