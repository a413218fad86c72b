package org.therapyassist.staff;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;

/** A member of staff's job, which fixes whether they are registered, their framework stage and their authorities. */
public enum JobRole {
    SUPPORT_WORKER("Support worker", Stage.SUPPORT_WORKER, false), SENIOR_SUPPORT_WORKER("Senior support worker",
            Stage.SENIOR_SUPPORT_WORKER, false), ASSISTANT_PRACTITIONER("Assistant practitioner",
                    Stage.ASSISTANT_PRACTITIONER, false), SUPPORT_WORKER_LEAD("Support worker lead",
                            Stage.SUPPORT_WORKER_LEAD, false), PHYSIOTHERAPIST("Physiotherapist", null,
                                    true), OCCUPATIONAL_THERAPIST("Occupational therapist", null, true), TEAM_LEAD(
                                            "Team lead", null,
                                            true), ADMINISTRATOR("System administrator", null, false);

    private final String title;
    private final Stage stage;
    private final boolean registered;

    JobRole(String title, Stage stage, boolean registered) {
        this.title = title;
        this.stage = stage;
        this.registered = registered;
    }

    public String title() {
        return title;
    }

    /** Registered with the HCPC, and so able to delegate and countersign. */
    public boolean registered() {
        return registered;
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (stage != null) {
            roles.add(Role.SUPPORT_WORKER);
        }
        if (registered) {
            roles.add(Role.REGISTRANT);
        }
        if (this == TEAM_LEAD) {
            roles.add(Role.TEAM_LEAD);
        }
        if (this == ADMINISTRATOR) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }
}
