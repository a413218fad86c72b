package org.therapyassist.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.AccountDirectory;
import org.therapyassist.platform.AccountDirectory.Account;
import org.therapyassist.platform.security.LoginThrottleRules.Buckets;
import org.therapyassist.platform.security.LoginThrottleRules.Consequences;
import org.therapyassist.platform.security.SignInAlerts.Kind;
import org.therapyassist.platform.security.SignInThrottle.Attempt;
import org.therapyassist.platform.security.SignInThrottle.Key;

/**
 * Every sign-in, from the login form and from HTTP Basic, in this order:
 * <ol>
 * <li>an address that has failed too often must wait (429 / a page message): no password is looked at;</li>
 * <li>an account that may sign in and whose password matched in the last few minutes is let in from memory;</li>
 * <li>otherwise the try is counted first, then exactly one slow bcrypt check runs: against the account's hash, or,
 * for an unknown, locked or disabled account, against a hash no password matches. So a locked account is refused
 * without its password being checked, in the time a wrong password takes, and never from memory;</li>
 * <li>unknown, locked, disabled and wrong all end in the same {@link BadCredentialsException}.</li>
 * </ol>
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "The username or password is wrong, or the account is locked.";

    private final AccountDirectory accounts;
    private final RecentlyVerifiedPasswords passwords;
    private final SignInThrottle throttle;
    private final SignInAlerts alerts;
    private final Clock clock;

    StaffAuthenticationProvider(AccountDirectory accounts, RecentlyVerifiedPasswords passwords, SignInThrottle throttle,
            SignInAlerts alerts, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = SignInThrottle.normalise(authentication.getName());
        String password = Objects.toString(authentication.getCredentials(), "");
        String address = authentication.getDetails() instanceof SignInDetails details ? details.address() : "unknown";
        Key key = Key.of(address, username);
        Instant now = clock.instant();

        Buckets buckets = throttle.read(key);
        throttle.rules().waitBeforeTry(buckets, now).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        Optional<Account> account = accounts.findByUsername(username);
        boolean maySignIn = account.map(a -> a.maySignIn(now)).orElse(false);
        if (maySignIn && passwords.remembers(password, account.get().passwordHash())) {
            if (buckets.addressAndAccount() != null) {
                throttle.forgive(key);
            }
            return signedIn(account.get(), now);
        }

        Attempt attempt = throttle.begin(key, now);
        boolean right;
        if (maySignIn) {
            right = passwords.verify(password, account.get().passwordHash());
        } else {
            passwords.checkAgainstNothing(password);
            right = false;
        }
        if (right) {
            throttle.succeeded(attempt);
            // Only after the slow check, so an API client re-using its password writes this once every few minutes.
            accounts.signedIn(username, now);
            return signedIn(account.get(), now);
        }
        failed(attempt, account.orElse(null), username, address);
        throw new BadCredentialsException(REFUSED);
    }

    private void failed(Attempt attempt, Account account, String username, String address) {
        Consequences consequences = throttle.rules().afterFailure(attempt.after(), attempt.at());
        if (consequences.lockAccountUntil() != null) {
            // While the tries keep coming the lock keeps being extended, but administrators hear of it once.
            accounts.lockUntil(username, consequences.lockAccountUntil());
            if (account != null && account.maySignIn(attempt.at())) {
                alerts.raise(account, Kind.ACCOUNT_LOCKED, address, consequences.lockAccountUntil());
            }
        }
        if (consequences.addressSlowedForAccount()) {
            alerts.raise(account, Kind.ADDRESS_SLOWED_FOR_ACCOUNT, address, null);
        }
        if (consequences.addressSlowed()) {
            alerts.raise(account, Kind.ADDRESS_SLOWED, address, null);
        }
    }

    private static Authentication signedIn(Account account, Instant now) {
        StaffPrincipal principal = new StaffPrincipal(account, now);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
