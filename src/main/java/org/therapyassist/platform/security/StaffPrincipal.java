package org.therapyassist.platform.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
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

    StaffPrincipal(Account account, Instant now) {
        this.user = account.user();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = account.lockedUntil() != null && account.lockedUntil().isAfter(now);
    }

    /** Signed in without a local password: nothing to check, enabled, not locked (the caller decided that). */
    StaffPrincipal(CurrentUser user) {
        this.user = user;
        this.passwordHash = null;
        this.enabled = true;
        this.locked = false;
    }

    public final CurrentUser user() {
        return user;
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
