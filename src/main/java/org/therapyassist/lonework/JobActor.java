package org.therapyassist.lonework;

import java.util.Set;
import java.util.UUID;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;

/** The name the lone working job writes into the audit trail: no member of staff raised a missed check-out. */
final class JobActor {

    static final String USERNAME = "system:lone-working-job";

    private JobActor() {
    }

    static CurrentUser of(UUID organisationId) {
        return new CurrentUser(null, organisationId, null, USERNAME, "Lone working job", "", 0, null,
                Set.of(Role.SYSTEM));
    }
}
