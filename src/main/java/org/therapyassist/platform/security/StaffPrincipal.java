package org.therapyassist.platform.security;

import java.time.Clock;
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
    private final boolean hadFailedLogins;

    StaffPrincipal(Account account, Clock clock) {
        this.user = account.user();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        this.hadFailedLogins = account.failedLogins() > 0;
    }

    /** Whether a successful login has a failure count to reset; most logins have none, and then nothing is written. */
    boolean hadFailedLogins() {
        return hadFailedLogins;
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
