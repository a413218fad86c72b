package org.therapyassist.platform.imports;

/** How far an import has got: the phase it is in and the rows done out of the rows in that phase. */
public interface ImportProgress {

    /** For an import nobody watches (the API answers when it is done). */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String phase, int total) {
        }

        @Override
        public void advance(int rows) {
        }
    };

    /**
     * Starts a phase of {@code total} rows, none done yet; the phase is a message key
     * ({@code platform.import.phase.checking}), shown in the language of whoever watches the progress page.
     */
    void phase(String phase, int total);

    void advance(int rows);

    /** Waiting for another import of the same kind in the organisation to finish. */
    default void waiting() {
        phase("platform.import.phase.queued", 0);
    }
}
