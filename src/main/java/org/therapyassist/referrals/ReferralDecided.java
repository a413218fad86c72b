package org.therapyassist.referrals;

import java.util.UUID;

/**
 * A referral in was accepted, signposted or rejected. {@code referrerEmail} is the address the referrer gave for the
 * outcome, or null; no clinical detail (reason, where signposted, note) travels with it.
 */
public record ReferralDecided(UUID organisationId, UUID referralId, Referral.Status outcome, String referrerEmail) {
}
