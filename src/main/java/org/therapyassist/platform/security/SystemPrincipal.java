package org.therapyassist.platform.security;

import java.io.Serial;
import java.util.Set;
import org.therapyassist.platform.CurrentUser;

/**
 * Another system (an EPR) calling the API with a bearer token, acting for one organisation. Its CurrentUser has no
 * staff id, the role {@link org.therapyassist.platform.Role#SYSTEM} and the username {@code system:<client>}, which
 * is what the audit trail records for each thing it reads.
 */
final class SystemPrincipal extends StaffPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String clientId;
    private final Set<String> scopes;

    SystemPrincipal(CurrentUser user, String clientId, Set<String> scopes) {
        super(user);
        this.clientId = clientId;
        this.scopes = Set.copyOf(scopes);
    }

    String clientId() {
        return clientId;
    }

    Set<String> scopes() {
        return scopes;
    }
}
