package org.therapyassist.referrals;

/** Who in the MDT (or outside it) sent the referral. */
public enum SourceRole {
    NURSE("Nurse"), OCCUPATIONAL_THERAPIST("Occupational therapist"), PHYSIOTHERAPIST("Physiotherapist"), ORTHOPAEDICS(
            "Orthopaedics"), PROSTHETIST_ORTHOTIST("Prosthetist or orthotist"), GP("GP"), CONSULTANT(
                    "Consultant or ward doctor"), SOCIAL_WORKER("Social worker"), SELF("Self-referral"), OTHER("Other");

    private final String title;

    SourceRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
