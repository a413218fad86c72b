package org.therapyassist.platform.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.CurrentUser;

/**
 * What Spring Security keeps in the session: the account's CurrentUser and nothing secret beyond the hash. Signed in
 * through the identity provider it is an {@link OidcStaffPrincipal}, with no hash; a system calling the API with a
 * bearer token is a {@link SystemPrincipal}. Every module reads the CurrentUser the same way whichever it is.
 */
public class StaffPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean languageRead;
    private final String language;

    StaffPrincipal(Account account, Instant now) {
        this.user = account.user();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = account.lockedUntil() != null && account.lockedUntil().isAfter(now);
        this.languageRead = true;
        this.language = account.language();
    }

    /** Signed in without a local password: nothing to check, enabled, not locked (the caller decided that). */
    StaffPrincipal(CurrentUser user) {
        this.user = user;
        this.passwordHash = null;
        this.enabled = true;
        this.locked = false;
        this.languageRead = false;
        this.language = null;
    }

    public final CurrentUser user() {
        return user;
    }

    /**
     * Whether signing in read the language chosen on the staff record (a password sign-in does; the identity
     * provider's does not, and the language must then be asked for).
     */
    public final boolean languageReadAtSignIn() {
        return languageRead;
    }

    /** The language tag chosen on the staff record as it was read to sign in; empty for none (or not read). */
    public final Optional<String> languageAtSignIn() {
        return Optional.ofNullable(language);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

}
