package org.therapyassist.equipment;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The store pages offer a lead's forms to exactly the people the policy lets use them: opening a store is for team
 * leads; setting a reorder level for team leads and equipment leads (a senior support worker named for it).
 */
@IntegrationTest
class StoreFormsOfferedPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEquipmentLeadIsOfferedTheReorderLevelFormButNotOpeningAStore() throws Exception {
        page("ravi.ssw", "/equipment", not(containsString("Open a store")));
        page("ravi.ssw", "/equipment/stores/" + store(), containsString("Set a reorder level"));
    }

    @Test
    void aTeamLeadIsOfferedBoth() throws Exception {
        page("lead.demo", "/equipment", containsString("Open a store"));
        page("lead.demo", "/equipment/stores/" + store(), containsString("Set a reorder level"));
    }

    @Test
    void aSupportWorkerWhoIsNotAnEquipmentLeadIsOfferedNeither() throws Exception {
        page("hca.demo", "/equipment", not(containsString("Open a store")));
        page("hca.demo", "/equipment/stores/" + store(), not(containsString("Set a reorder level")));
    }

    private void page(String username, String path, Matcher<String> matcher) throws Exception {
        mvc.perform(get(path).with(user(fixtures.principal(username)))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>"), matcher)));
    }

    private UUID store() {
        return jdbc.sql("select id from equipment_store where name = 'Northgate community base' limit 1")
                .query(UUID.class)
                .single();
    }
}
