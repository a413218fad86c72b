package org.therapyassist.staff.setup;

import org.springframework.stereotype.Component;

/** For browser journeys outside this package: a fresh one-time set-up link, as a first start prints it. */
@Component
public class SetupLinks {

    private final ServiceSetup setup;

    SetupLinks(ServiceSetup setup) {
        this.setup = setup;
    }

    /** The token of a new link; the service must have no administrator. */
    public String issue() {
        return setup.issue().orElseThrow();
    }
}
