package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;

class StaffPrincipalTest {

    /** The principal lives in the HTTP session, which a servlet container may write out and read back. */
    @Test
    void signedInUserSurvivesTheSessionBeingWrittenOut() throws IOException, ClassNotFoundException {
        CurrentUser user = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "chloe.sw",
                "Chloe Price", "Support worker", 3, Stage.SUPPORT_WORKER, Set.of(Role.SUPPORT_WORKER));
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        StaffPrincipal principal = new StaffPrincipal(new Account(user, "{bcrypt}hash", true, null), now);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(principal);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            StaffPrincipal read = (StaffPrincipal) in.readObject();
            assertThat(read.user()).isEqualTo(user);
            assertThat(read.getUsername()).isEqualTo("chloe.sw");
        }
    }
}
