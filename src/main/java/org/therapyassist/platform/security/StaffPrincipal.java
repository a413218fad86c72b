package org.therapyassist.platform.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.CurrentUser;

/** What Spring Security keeps in the session: the account's CurrentUser and nothing secret beyond the hash. */
public final class StaffPrincipal implements UserDetails {

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

    public CurrentUser user() {
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
