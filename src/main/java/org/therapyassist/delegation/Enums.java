package org.therapyassist.delegation;

import org.therapyassist.platform.web.Messages;

/** The small vocabularies of a delegation, each with the words shown to staff (delegation.properties). */
public final class Enums {

    private Enums() {
    }

    public enum TimeOfDay {
        MORNING, AFTERNOON, ANY_TIME;

        public String title() {
            return Messages.text("delegation.time-of-day." + name());
        }
    }

    public enum Consent {
        GIVEN, BEST_INTEREST, NOT_RECORDED;

        public String title() {
            return Messages.text("delegation.consent." + name());
        }
    }

    public enum Supervision {
        DIRECT, INDIRECT, REMOTE;

        public String title() {
            return Messages.text("delegation.supervision." + name());
        }
    }

    public enum DeclineReason {
        NOT_COMPETENT, NOT_CONFIDENT, OUTSIDE_ROLE, PATIENT_CHANGED, NO_CONSENT, NO_REGISTRANT_REACHABLE, OTHER;

        public String title() {
            return Messages.text("delegation.decline-reason." + name());
        }
    }

    public enum Status {
        OFFERED, ACCEPTED, DECLINED, CANCELLED, COMPLETED;

        public String title() {
            return Messages.text("delegation.status." + name());
        }

        public boolean isOpen() {
            return this == OFFERED || this == ACCEPTED;
        }
    }

    public enum ReviewOutcome {
        CONTINUE, END;

        public String title() {
            return Messages.text("delegation.review.outcome." + name());
        }
    }
}
