package org.therapyassist.platform;

/** Coarse authorities for what a person may do; finer rules (band, stage, competency) live in the modules. */
public enum Role {
    /** HCPC-registered physiotherapist or occupational therapist: assesses, delegates, countersigns. */
    REGISTRANT,
    /** Unregistered support worker at any stage (bands 2–5). */
    SUPPORT_WORKER,
    /** Team lead or service manager: team overview, audit trail. */
    TEAM_LEAD,
    /** System administrator: accounts and configuration; no clinical access of its own. */
    ADMIN,
    /**
     * Another system (an EPR) calling the API with a bearer token for its organisation: reads any of the
     * organisation's patients as a registrant may (each read audited under the client's name); writes only what a
     * command allows a system. Never held by a person.
     */
    SYSTEM;

    public String authority() {
        return "ROLE_" + name();
    }
}
