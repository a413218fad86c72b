package org.therapyassist.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from this address: the next try must wait. No password was checked. */
final class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins from this address");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one (for Retry-After). */
    long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Whole minutes to wait, at least one (for people). */
    long waitMinutes() {
        return Math.max(1, (waitSeconds() + 59) / 60);
    }
}
