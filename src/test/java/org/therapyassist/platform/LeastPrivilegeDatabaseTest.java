package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.therapyassist.support.DatabaseOwner;
import org.therapyassist.support.IntegrationTest;

/**
 * H48 and H7 on PostgreSQL: the application connects as a login that can only read and write rows. Whoever gets hold
 * of it (or of the application) cannot empty a table, switch off or drop the triggers that keep signed records and the
 * audit trail append-only, drop anything, or change and delete audit events and checkpoints. The owner role that
 * migrates still can migrate. Skipped on H2, which has one login.
 */
@IntegrationTest
class LeastPrivilegeDatabaseTest {

    /** PostgreSQL's insufficient_privilege; "must be owner" and "permission denied" both carry it. */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseOwner owner;
    @Autowired
    Flyway flyway;
    @Value("${spring.datasource.username}")
    String appLogin;

    @BeforeEach
    void onPostgresWithTwoRoles() {
        assumeThat(owner.postgres()).as("roles are PostgreSQL's; H2 has one login").isTrue();
        assumeThat(owner.username()).as("the application and the owner are separate roles").isNotEqualTo(appLogin);
    }

    void refused(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                .isInstanceOf(DataAccessException.class)
                .satisfies(
                        e -> assertThat(((SQLException) ((DataAccessException) e).getMostSpecificCause()).getSQLState())
                                .as(sql).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    @Test
    void theApplicationsLoginCannotTruncateDisableTriggersDropOrRewriteTheAuditTrail() {
        refused("truncate table audit_event");
        refused("truncate table session_record cascade");
        refused("alter table audit_event disable trigger audit_event_append_only");
        refused("alter table session_record disable trigger session_record_immutable_when_signed");
        refused("alter table audit_event disable trigger user");
        refused("drop trigger audit_event_append_only on audit_event");
        refused("drop table audit_checkpoint_head");
        refused("drop table session_record cascade");
        refused("drop function ta_refuse_change() cascade");
        refused("update audit_event set action = 'nothing'");
        refused("delete from audit_event");
        refused("update audit_checkpoint set signature = 'x'");
        refused("delete from audit_checkpoint");
        refused("delete from audit_checkpoint_head");
        refused("create table smuggled (id integer)");
        refused("delete from flyway_schema_history");
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner "
                + "where r.rolname = current_user").query(Long.class).single())
                .as("the application's login owns nothing").isZero();
        // It still does its job: rows are read and written.
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("update audit_chain_head set last_seq = last_seq where false").update()).isZero();
    }

    @Test
    void theOwnerRoleStillMigratesAndCouldSwitchATriggerOff() {
        var result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(JdbcClient.create(flyway.getConfiguration().getDataSource()).sql("select current_user")
                .query(String.class).single()).as("Flyway migrates as the owner role").isEqualTo(owner.username());
        // Only the owner can; done in a transaction that is rolled back.
        JdbcClient asOwner = owner.jdbc();
        new TransactionTemplate(new DataSourceTransactionManager(owner.dataSource())).executeWithoutResult(status -> {
            asOwner.sql("alter table audit_event disable trigger audit_event_append_only").update();
            status.setRollbackOnly();
        });
        refused("truncate table audit_event");
    }
}
