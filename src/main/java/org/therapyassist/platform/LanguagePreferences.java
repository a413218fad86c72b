package org.therapyassist.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The language each member of staff chose with the header's switch, kept with their staff record so that it follows
 * them to another device. Implemented by the staff module, which owns the record.
 */
public interface LanguagePreferences {

    /** The language they chose, or empty when they never chose one (the browser's language is used then). */
    Optional<Locale> of(UUID staffId);

    void remember(UUID staffId, Locale language);
}
