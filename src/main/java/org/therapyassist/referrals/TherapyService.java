package org.therapyassist.referrals;

/**
 * The service a referral asks for. A referral sent by another system (a FHIR ServiceRequest) always says which; one
 * recorded in the app does not, because the team triaging it decides.
 */
public enum TherapyService {
    PHYSIOTHERAPY("Physiotherapy"), OCCUPATIONAL_THERAPY("Occupational therapy");

    private final String title;

    TherapyService(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
