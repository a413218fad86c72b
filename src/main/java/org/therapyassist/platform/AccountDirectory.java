package org.therapyassist.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where login finds accounts. Implemented by the workforce module, so that the platform needs no knowledge of staff
 * records.
 * Counting failed sign-ins is the platform's (by network address as well as by account); an account only keeps
 * whether it is locked.
 */
public interface AccountDirectory {

    Optional<Account> findByUsername(String username);

    /** Locks the account until then, or keeps a later lock; a username nobody has is left alone. */
    void lockUntil(String username, Instant until);

    /**
     * Records when the account last signed in, with its password or through the identity provider; a username nobody
     * has is left alone.
     */
    void signedIn(String username, Instant at);

    /** The organisation with this ODS code (any case), if this service has it. */
    Optional<UUID> organisationWithOdsCode(String odsCode);

    /**
     * @param language
     *            the language tag chosen on the record, or null for none: read with the account, so that an API call
     *            (which signs in on every request) needs no second read of the same row for it
     */
    record Account(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil, String language) {

        public Account(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil) {
            this(user, passwordHash, enabled, lockedUntil, null);
        }

        /** Enabled and not locked at {@code now}: only then is its password checked at all. */
        public boolean maySignIn(Instant now) {
            return enabled && (lockedUntil == null || !lockedUntil.isAfter(now));
        }
    }
}
