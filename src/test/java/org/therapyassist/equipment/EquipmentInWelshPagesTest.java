package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** The equipment pages, their messages and refusals in Welsh for someone whose browser asks for Welsh. */
@IntegrationTest
class EquipmentInWelshPagesTest {

    private static final String WELSH = "cy-GB,cy;q=0.9";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEquipmentPageIsDrawnInWelsh() throws Exception {
        UUID store = store();
        UUID asset = jdbc.sql("select id from equipment_asset where asset_label = 'HST-0002'").query(UUID.class)
                .single();
        assertThat(page("/equipment")).contains("<h1>Offer</h1>").contains("Storfeydd a benthyciadau")
                .contains("Agor storfa");
        assertThat(page("/equipment/stores/" + store)).contains("Gosod lefel aildrefnu")
                .contains("Cofnodion diweddaraf y cyfriflyfr").contains("Derbyniwyd (danfoniad neu wedi''i ganfod)"
                        .replace("''", "&#39;"));
        assertThat(page("/equipment/assets?storeId=" + store)).contains("Ychwanegu ased").contains("Arolygiad nesaf");
        assertThat(page("/equipment/assets/" + asset)).contains("Hanes arolygu").contains("Trefn arolygu")
                .contains("Glanhau a dadheintio");
        assertThat(page("/equipment/assets/" + asset + "/label")).contains("Label ar gyfer HST-0002")
                .contains("Cod QR ar gyfer ased HST-0002");
        assertThat(page("/equipment/inspections")).contains("Pwy all archwilio").contains("Enwi arweinydd offer");
        assertThat(page("/equipment/faults")).contains("Diffygion agored").contains("Adrodd diffyg");
        assertThat(page("/equipment/orders")).contains("Archebion a awgrymir").contains("Archebion prynu");
        assertThat(page("/equipment/find")).contains("Dod o hyd drwy label").contains("Label yr ased");
        UUID patient = fixtures.patientWithEpisode(fixtures.user("pt.demo")).patientId();
        assertThat(page("pt.demo", "/patients/" + patient + "/equipment/new"))
                .contains("<h1>Rhoi offer ar fenthyg</h1>")
                .contains("Beth a ddysgoch i&#39;r claf neu&#39;r gofalwr");
    }

    @Test
    void aLabelNobodyHasIsRefusedInWelsh() throws Exception {
        assertThat(page("/equipment/find?label=NO-SUCH-1")).contains("Mae problem")
                .contains("Does dim ased â&#39;r label NO-SUCH-1");
    }

    @Test
    void theBannerAfterSavingAReorderLevelIsInWelsh() throws Exception {
        String item = jdbc.sql("select code from equipment_item_type where tracking = 'STOCK' order by code limit 1")
                .query(String.class).single();
        mvc.perform(post("/equipment/stores/" + store() + "/levels").with(user(fixtures.principal("lead.demo")))
                .with(csrf()).with(fixtures.formToken("lead.demo")).header("Accept-Language", WELSH)
                .param("levelItemCode", item)
                .param("reorderLevel", "2").param("reorderQuantity", "4"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("banner", "Cadwyd y lefel aildrefnu."));
    }

    private String page(String path) throws Exception {
        return page("lead.demo", path);
    }

    private String page(String username, String path) throws Exception {
        String html = mvc.perform(get(path).with(user(fixtures.principal(username))).header("Accept-Language",
                WELSH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).as(path).contains("<html lang=\"cy\"").doesNotContain("??");
        return html;
    }

    private UUID store() {
        return jdbc.sql("select id from equipment_store where name = 'Northgate community base' limit 1")
                .query(UUID.class).single();
    }
}
