package org.therapyassist.delegation;

/** The small vocabularies of a delegation, each with the words shown to staff. */
public final class Enums {

    private Enums() {
    }

    public enum TimeOfDay {
        MORNING("Morning"), AFTERNOON("Afternoon"), ANY_TIME("Any time");

        private final String title;

        TimeOfDay(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum Consent {
        GIVEN("Patient gave consent"), BEST_INTEREST("Best-interest decision recorded"), NOT_RECORDED("Not recorded");

        private final String title;

        Consent(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum Supervision {
        DIRECT("Direct: registrant present"), INDIRECT("Indirect: registrant on site"), REMOTE(
                "Remote: registrant by phone");

        private final String title;

        Supervision(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum DeclineReason {
        NOT_COMPETENT("I am not competent to do this"), NOT_CONFIDENT("I am not confident to do this"), OUTSIDE_ROLE(
                "It is outside my role"), PATIENT_CHANGED("The patient's condition has changed"), NO_CONSENT(
                        "The patient does not consent"), NO_REGISTRANT_REACHABLE(
                                "No registrant can be reached"), OTHER("Other reason");

        private final String title;

        DeclineReason(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum Status {
        OFFERED("Awaiting response"), ACCEPTED("Accepted"), DECLINED("Declined"), CANCELLED("Cancelled"), COMPLETED(
                "Completed");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public boolean isOpen() {
            return this == OFFERED || this == ACCEPTED;
        }
    }

    public enum ReviewOutcome { CONTINUE, END }
}
