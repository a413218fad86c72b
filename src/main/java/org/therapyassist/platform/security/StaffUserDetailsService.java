package org.therapyassist.platform.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.AccountDirectory;

/** Loads accounts for login and counts failed attempts so that guessing a password locks the account. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final AccountDirectory accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    StaffUserDetailsService(AccountDirectory accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new StaffPrincipal(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()),
                properties.maxFailedLogins(), properties.lockoutDuration());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal && principal.hadFailedLogins()) {
            accounts.recordSuccessfulLogin(principal.getUsername());
        }
    }
}
