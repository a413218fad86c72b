package org.therapyassist.offline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * The app installs on a phone (a web app manifest starting at My day, with its icons), its service worker and the
 * Workbox modules it loads are served from this site at the root scope without signing in, and signing out tells the
 * browser to wipe what it kept (H98).
 */
@IntegrationTest
class InstallableAppDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theManifestMakesTheAppInstallableStartingAtMyDay() throws Exception {
        mvc.perform(get("/manifest.webmanifest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start_url").value("/my-day"))
                .andExpect(jsonPath("$.scope").value("/"))
                .andExpect(jsonPath("$.display").value("standalone"))
                .andExpect(jsonPath("$.theme_color").value("#005eb8"))
                .andExpect(jsonPath("$.icons[*].sizes", Matchers.hasItems("192x192", "512x512")));
        for (String icon : new String[]{"/icons/icon-192.png", "/icons/icon-512.png", "/icons/icon-maskable-512.png"}) {
            mvc.perform(get(icon)).andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        }
        mvc.perform(get("/my-day").with(user(fixtures.principal("hca.demo"))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")))
                .andExpect(
                        content().string(Matchers.containsString("<script type=\"module\" src=\"/js/offline.js\">")));
    }

    @Test
    void theServiceWorkerAndItsWorkboxModulesComeFromThisSite() throws Exception {
        mvc.perform(get("/sw.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "importScripts('/vendor/workbox/workbox-sw/build/workbox-sw.js')")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("storage.googleapis.com"))));
        for (String module : new String[]{"workbox-sw/build/workbox-sw.js", "workbox-core/build/workbox-core.prod.js",
                "workbox-routing/build/workbox-routing.prod.js", "workbox-strategies/build/workbox-strategies.prod.js",
                "workbox-expiration/build/workbox-expiration.prod.js",
                "workbox-cacheable-response/build/workbox-cacheable-response.prod.js",
                "workbox-window/build/workbox-window.prod.mjs"}) {
            mvc.perform(get("/vendor/workbox/" + module)).andExpect(status().isOk());
        }
        mvc.perform(get("/js/offline.js")).andExpect(status().isOk());
    }

    @Test
    void h98_signingOutTellsTheBrowserToWipeWhatThePhoneKept() throws Exception {
        mvc.perform(post("/logout").secure(true).with(user(fixtures.principal("hca.demo"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Clear-Site-Data", Matchers.allOf(Matchers.containsString("\"cache\""),
                        Matchers.containsString("\"storage\""))));
    }
}
