package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** HTTP Basic on the API is the demo's: a service started without the demo profile takes bearer tokens only. */
class ApiBasicAuthSettingTest {

    static final String BASIC = "therapy-assist.identity.api-basic-auth";

    @Test
    void h67_basicAuthIsOffUnlessTheDemoProfileTurnsItOn() throws IOException {
        var documents = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        PropertySource<?> base = documents.getFirst();
        assertThat(base.getProperty(BASIC)).hasToString("false");
        var demo = documents.stream().filter(d -> "demo".equals(d.getProperty("spring.config.activate.on-profile")))
                .toList();
        assertThat(demo).singleElement().satisfies(d -> assertThat(d.getProperty(BASIC)).hasToString("true"));
        assertThat(documents).filteredOn(d -> d.getProperty(BASIC) != null).hasSize(2);
        assertThat(new IdentityProperties(null, null, false).apiTokens().enabled()).isFalse();
        assertThat(new IdentityProperties(null, null, false).oidc().enabled()).isFalse();
    }
}
