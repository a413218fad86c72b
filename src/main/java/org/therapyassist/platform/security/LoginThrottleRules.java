package org.therapyassist.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.therapyassist.platform.security.SecurityProperties.Limit;
import org.therapyassist.platform.security.SecurityProperties.SignIn;

/**
 * How fast sign-ins may fail. Three leaky buckets: one per network address and account (someone guessing one
 * password), one per address (someone trying many accounts), one per account (guessing from many addresses).
 * <p>
 * Each bucket is one instant, "busy until" (the generic cell rate algorithm): every try pushes it {@code every} later,
 * starting from now when it lies in the past; a try must wait while it is more than {@code (burst - 1) × every}
 * ahead. A stranger's tries therefore fill only the buckets of the stranger's address, so the owner signing in from
 * elsewhere is not held up; only the account bucket is shared, and it drains faster than one or two addresses can
 * fill it within their own limits, so locking an account takes many addresses.
 */
final class LoginThrottleRules {

    /** The three buckets' busy-until instants; {@code null} is an empty bucket. */
    record Buckets(Instant addressAndAccount, Instant address, Instant account) {

        static final Buckets EMPTY = new Buckets(null, null, null);
    }

    /** What a failed try leads to: which buckets it filled (each an alert), and until when the account locks. */
    record Consequences(boolean addressSlowedForAccount, boolean addressSlowed, Instant lockAccountUntil) {

        boolean anything() {
            return addressSlowedForAccount || addressSlowed || lockAccountUntil != null;
        }
    }

    private final SignIn limits;

    LoginThrottleRules(SignIn limits) {
        this.limits = limits;
    }

    /** How long the next try from this address for this account must wait; empty when it may go ahead now. */
    Optional<Duration> waitBeforeTry(Buckets buckets, Instant now) {
        Duration wait = longer(wait(buckets.addressAndAccount(), limits.perAddressAndAccount(), now),
                wait(buckets.address(), limits.perAddress(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A try counts against all three buckets before its password is checked, so tries racing in parallel count too. */
    Buckets afterTry(Buckets buckets, Instant now) {
        return new Buckets(push(buckets.addressAndAccount(), limits.perAddressAndAccount(), now),
                push(buckets.address(), limits.perAddress(), now),
                push(buckets.account(), limits.perAccount(), now));
    }

    /**
     * The right password forgives this address's mistakes on this account, and gives back the try it took elsewhere.
     */
    Buckets afterSuccess(Buckets buckets, Instant now) {
        return new Buckets(null, giveBack(buckets.address(), limits.perAddress(), now),
                giveBack(buckets.account(), limits.perAccount(), now));
    }

    /** After a try failed: the buckets it filled, and whether the account now locks. */
    Consequences afterFailure(Buckets afterTry, Instant now) {
        boolean accountFull = full(afterTry.account(), limits.perAccount(), now);
        return new Consequences(full(afterTry.addressAndAccount(), limits.perAddressAndAccount(), now),
                full(afterTry.address(), limits.perAddress(), now),
                accountFull ? now.plus(limits.lockFor()) : null);
    }

    static Duration wait(Instant busyUntil, Limit limit, Instant now) {
        if (busyUntil == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, busyUntil).minus(limit.every().multipliedBy(limit.burst() - 1L));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    static boolean full(Instant busyUntil, Limit limit, Instant now) {
        return !wait(busyUntil, limit, now).isZero();
    }

    static Instant push(Instant busyUntil, Limit limit, Instant now) {
        Instant from = busyUntil == null || busyUntil.isBefore(now) ? now : busyUntil;
        return from.plus(limit.every());
    }

    static Instant giveBack(Instant busyUntil, Limit limit, Instant now) {
        if (busyUntil == null) {
            return null;
        }
        Instant back = busyUntil.minus(limit.every());
        return back.isAfter(now) ? back : null;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
