package org.therapyassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The connection pool retires every connection it holds (as it does to each one after its maximum lifetime), among
 * them the one the schema was migrated on; lending, returning and cleaning equipment must carry on. On H2 2.4.240 the
 * equipment tables' CHECK constraints failed with "The database has been closed" from then on until a restart.
 */
@IntegrationTest
class EquipmentAfterConnectionRetirementApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void equipmentWritesKeepWorkingAfterThePoolRetiresTheMigratingConnection() throws Exception {
        retireEveryPooledConnection();
        var episode = fixtures.patientWithEpisode(fixtures.user("ot.demo"));
        String stores = mvc.perform(as("ot.demo", get("/api/v1/equipment/stores"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String store = JsonPath.<List<String>>read(stores, "$[?(@.name == 'Northgate community base')].id").getFirst();
        String loan = mvc.perform(as("ot.demo", post("/api/v1/equipment/loans")).content("""
                {"patientId": "%s", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1,
                 "instructions": "Step into the frame", "expectedReturnOn": "%s"}"""
                .formatted(episode.patientId(), store, fixtures.today().plusWeeks(4))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ON_LOAN"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as("ot.demo", post("/api/v1/equipment/loans/" + JsonPath.read(loan, "$.id") + "/return"))
                .content("{\"note\": \"Collected\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(as("ot.demo", post("/api/v1/equipment/movements")).content("""
                {"kind": "CLEANED", "storeId": "%s", "itemCode": "WALKING_FRAME", "quantity": 1, "reason": "Cleaned"}"""
                .formatted(store)))
                .andExpect(status().isNoContent());
    }

    /** Soft-evicts the pool and waits until every database session it had open has ended. */
    private void retireEveryPooledConnection() throws Exception {
        List<String> before = sessions();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        long until = System.nanoTime() + 10_000_000_000L;
        List<String> left = sessions();
        left.retainAll(before);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            left = sessions();
            left.retainAll(before);
        }
        assertThat(left).as("sessions from before the eviction still open").isEmpty();
    }

    /** The database's open sessions other than the asking one, by id. */
    private List<String> sessions() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
            String sql = h2
                    ? "select session_id from information_schema.sessions where session_id <> session_id()"
                    : "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()";
            List<String> ids = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(sql)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
