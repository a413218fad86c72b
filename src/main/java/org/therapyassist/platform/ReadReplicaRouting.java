package org.therapyassist.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Read-only transactions go to a streaming replica when {@code therapy-assist.database.read-replica-url} is set
 * (deploy/cluster.sh sets it; one node and the tests leave it unset and nothing changes). A transaction marked
 * {@code readOnly} takes its connection from the replica's pool; everything else, and every connection outside a
 * transaction, from the primary's.
 *
 * <p>
 * Safe because a read-only transaction cannot write anywhere: the PostgreSQL driver begins it {@code READ ONLY}, so a
 * write fails loudly on the primary as well (every database test runs on PostgreSQL in CI), and a replica refuses
 * writes anyway. Patient reads, which are audited by a write in the same transaction, are therefore never marked
 * read-only. Fresh because the cluster commits with {@code synchronous_commit = remote_apply} to a synchronous standby
 * and HAProxy sends reads only to that standby (Patroni's {@code /sync}), or to the primary when there is none: an
 * acknowledged write is visible to the next read wherever it runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "therapy-assist.database.read-replica-url")
class ReadReplicaRouting {

    @Bean
    static ReplicaForReadOnlyTransactions replicaForReadOnlyTransactions(Environment env) {
        return new ReplicaForReadOnlyTransactions(replicaPool(
                env.getRequiredProperty("therapy-assist.database.read-replica-url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"),
                env.getProperty("therapy-assist.database.read-replica-pool-size", Integer.class,
                        env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10))));
    }

    /**
     * The replica's pool. Its connections are read-only themselves: the proxy does not pass the read-only flag on to a
     * connection from its read-only data source, and a standby that is briefly the primary's stand-in (HAProxy sends
     * reads to the primary when there is no synchronous standby) must refuse writes all the same.
     */
    static HikariDataSource replicaPool(String url, String username, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setReadOnly(true);
        // The replica may be down or being rebuilt when a node starts: the pool fills when it comes back.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Wraps the application's data source (Boot's, for the primary) so that read-only transactions use the replica. */
    static final class ReplicaForReadOnlyTransactions implements BeanPostProcessor, DisposableBean {

        private final HikariDataSource replica;

        ReplicaForReadOnlyTransactions(HikariDataSource replica) {
            this.replica = replica;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource primary && "dataSource".equals(beanName)) {
                return route(primary, replica);
            }
            return bean;
        }

        @Override
        public void destroy() {
            replica.close();
        }
    }

    /**
     * A data source that hands out a connection only when the first statement runs, by then knowing whether the
     * transaction was marked read-only (Spring sets that on the connection before any statement).
     */
    static DataSource route(DataSource primary, DataSource replica) {
        LazyConnectionDataSourceProxy routed = new LazyConnectionDataSourceProxy(primary);
        routed.setReadOnlyDataSource(replica);
        return routed;
    }
}
