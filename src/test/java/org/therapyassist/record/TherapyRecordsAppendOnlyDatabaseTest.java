package org.therapyassist.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.support.IntegrationTest;

/**
 * On PostgreSQL the database itself refuses to change or remove what the demo service has signed or recorded: the
 * stock ledger, measure results, signed group registers and signed discharge summaries.
 */
@IntegrationTest
class TherapyRecordsAppendOnlyDatabaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    boolean onPostgres() throws Exception {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    UUID any(String sql) {
        return jdbc.sql(sql).query(UUID.class).list().getFirst();
    }

    void refused(String sql, UUID id, String message) {
        assertThatThrownBy(() -> jdbc.sql(sql).param(id).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aSignedDischargeARegisterAMeasureOrTheLedgerCannotBeQuietlyChangedOrLost() throws Exception {
        assumeThat(onPostgres()).as("the append-only triggers are PostgreSQL's").isTrue();
        UUID movement = any("select id from equipment_movement");
        refused("update equipment_movement set quantity = quantity + 100 where id = ?", movement, "append-only");
        refused("delete from equipment_movement where id = ?", movement, "append-only");
        UUID result = any("select id from measure_result");
        refused("update measure_result set score = score + 10 where id = ?", result, "append-only");
        UUID attendance = any("select id from group_attendance");
        refused("update group_attendance set outcome = 'ATTENDED' where id = ?", attendance, "append-only");
        refused("delete from group_record where id = (select record_id from group_attendance where id = ?)", attendance,
                "append-only");
        UUID signed = any("select id from discharge_summary where status = 'SIGNED'");
        refused("update discharge_summary set advice_given = 'changed' where id = ?", signed, "signed");
        refused("delete from discharge_summary where id = ?", signed, "signed");
        assertThat(jdbc.sql("select advice_given from discharge_summary where id = ?").param(signed).query(String.class)
                .single())
                .isNotEqualTo("changed");
    }
}
