package org.therapyassist.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * Where login finds accounts. Implemented by the workforce module, so that the platform needs no knowledge of staff records.
 */
public interface AccountDirectory {

    Optional<Account> findByUsername(String username);

    void recordFailedLogin(String username, int maxFailures, java.time.Duration lockout);

    void recordSuccessfulLogin(String username);

    record Account(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil, int failedLogins) {
    }
}
