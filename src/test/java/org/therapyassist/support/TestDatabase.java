package org.therapyassist.support;

import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every test run starts from an empty schema, so a PostgreSQL database reused between runs behaves like a fresh one.
 * Flyway cleans and migrates as the owner role when {@code spring.flyway.user} names one (the application's login
 * may not drop anything).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    /** Counts statements per piece of work for the tests that bound what a request costs. */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    DatabaseOwner databaseOwner(Environment env, DataSource dataSource) {
        return new DatabaseOwner(env, dataSource);
    }
}
