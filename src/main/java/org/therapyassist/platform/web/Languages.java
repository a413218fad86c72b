package org.therapyassist.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the service speaks: English (UK) and Welsh. NHS Wales must offer Welsh for patient-facing documents
 * and services (Welsh Language Standards); every message key has its Welsh text (WelshCoverageTest).
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, WELSH);

    private Languages() {
    }

    /** "cy", "cy-GB", "en", "en-GB" (any case) to the locale used; anything else is not a language we speak. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.length() > 10) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "cy" -> Optional.of(WELSH);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The locale's language we speak, English for anything else (a PDF asked for in Breton prints in English). */
    public static Locale normalise(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }

    public static boolean isWelsh(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage());
    }

    /** The short tag a page's {@code lang} attribute and the language cookie carry: "cy" or "en-GB". */
    public static String tag(Locale locale) {
        return isWelsh(locale) ? "cy" : "en-GB";
    }
}
