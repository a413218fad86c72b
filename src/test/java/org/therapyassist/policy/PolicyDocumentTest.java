package org.therapyassist.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/who-can-do-what.md is the policy the guard enforces, word for word. */
class PolicyDocumentTest {

    static final Path DOC = Path.of("docs/who-can-do-what.md");

    @Test
    void theWhoCanDoWhatDocumentIsTheDeclaredPolicy() throws Exception {
        String expected = PolicyDocument.markdown();
        if (Boolean.getBoolean("policy.write-doc")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " is missing: run with -Dpolicy.write-doc=true").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as(DOC + " is out of date: run ./mvnw test -Dtest=PolicyDocumentTest -Dpolicy.write-doc=true")
                .isEqualTo(expected);
        for (Command c : Command.values()) {
            assertThat(expected).contains("`" + c.code() + "`");
        }
    }
}
