package org.therapyassist.referrals;

import org.therapyassist.platform.web.Messages;

/** Who in the MDT (or outside it) sent the referral. */
public enum SourceRole {
    NURSE, OCCUPATIONAL_THERAPIST, PHYSIOTHERAPIST, ORTHOPAEDICS, PROSTHETIST_ORTHOTIST, GP, CONSULTANT, SOCIAL_WORKER, SELF, OTHER;

    /** Its words in the request's language. */
    public String title() {
        return Messages.text("referrals.source." + name());
    }
}
