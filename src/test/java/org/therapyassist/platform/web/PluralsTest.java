package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as people write them: "1 session", never "1 sessions"; "0" and many stay plural. */
class PluralsTest {

    @Test
    void oneOfAnythingIsSingular() {
        assertThat(Messages.text("delegation.review.sessions", 1, "Hannah Caldwell"))
                .isEqualTo("1 session recorded by Hannah Caldwell.");
        assertThat(Messages.text("delegation.review.sessions", 0, "Hannah Caldwell"))
                .isEqualTo("No sessions recorded by Hannah Caldwell.");
        assertThat(Messages.text("delegation.review.sessions.last", 12, "Hannah Caldwell", "3 Dec 2026"))
                .isEqualTo("12 sessions recorded by Hannah Caldwell, the last on 3 Dec 2026.");
        assertThat(Messages.text("sessions.show.sets", 1)).isEqualTo("1 set");
        assertThat(Messages.text("exercises.dose.times", 1)).isEqualTo("1 time");
        assertThat(Messages.text("exercises.dose.times", 10)).isEqualTo("10 times");
        assertThat(Messages.text("exercises.limits.times", 1)).isEqualTo("1 time");
        assertThat(Messages.text("competence.pathway.months-so-far", 1)).isEqualTo("1 month so far");
        assertThat(Messages.text("competence.pathway.months-as.SUPPORT_WORKER", 14))
                .isEqualTo("14 months as a support worker");
        assertThat(Messages.text("development.statement.months", 1)).isEqualTo("1 month once signed off");
        assertThat(Messages.text("reporting.contributions.of-contacts", 1200, 1))
                .isEqualTo("of 1,200 contacts with 1 patient");
        assertThat(Messages.text("reporting.team.summary", 1, 0, 1, 1, 2)).isEqualTo("1 open delegation, 0 awaiting an "
                + "answer, 1 review overdue, 1 record awaiting countersignature, 2 open escalations");
    }
}
