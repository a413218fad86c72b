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
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
