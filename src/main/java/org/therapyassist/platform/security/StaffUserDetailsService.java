package org.therapyassist.platform.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.AccountDirectory;

/**
 * Loads an account as the principal a signed-in request carries, for tools and tests that need one. Signing in does
 * not come here: {@link StaffAuthenticationProvider} decides that, with the throttle and the locked-account rules.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final AccountDirectory accounts;
    private final Clock clock;

    StaffUserDetailsService(AccountDirectory accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new StaffPrincipal(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
