package org.therapyassist.staff.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupTokensTest {

    @Test
    void h57_tokensAreLongRandomAndKeptOnlyAsTheirHash() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(SetupTokens.newToken());
        }
        assertThat(tokens).hasSize(100).allSatisfy(token -> {
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(SetupTokens.hash(token)).hasSize(64).isNotEqualTo(token)
                    .isEqualTo(SetupTokens.hash(token));
        });
        assertThat(SetupTokens.hash(null)).hasSize(64);
    }

    @Test
    void saysHowLongALinkWorksInWords() {
        assertThat(SetupPages.describe(Duration.ofHours(24))).isEqualTo("24 hours");
        assertThat(SetupPages.describe(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(SetupPages.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    }
}
