package org.therapyassist.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The words of every page, message and PDF: one bundle per module under {@code resources/i18n/} ({@code patients
 * .properties} in English, {@code patients_cy.properties} in Welsh), found by scanning, so a module adds its words
 * without touching shared configuration. Keys start with the bundle's name ({@code patients.search.title}), so two
 * modules never define the same key.
 */
public final class Messages {

    static final String LOCATION = "i18n/";
    private static final MessageSource SOURCE = create();

    private Messages() {
    }

    /**
     * A message source over every bundle. A key missing in Welsh falls back to the English text (never "??key??" in
     * front of a patient); WelshCoverageTest fails the build before that can ship.
     */
    public static MessageSource source() {
        return SOURCE;
    }

    private static MessageSource create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Languages.ENGLISH);
        // Messages with no arguments are still run through MessageFormat, so "it''s" is written the same way in every
        // message whether or not it takes an argument.
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /**
     * A message written in Java (a banner, a refusal, a line in a generated text) in the language of the request:
     * {@code Messages.text("delegation.sent", patientName)}. Use it where the text is made, on the request's thread.
     */
    public static String text(String key, Object... args) {
        Locale language = LocaleContextHolder.getLocale();
        return SOURCE.getMessage(key, plain(args, language), language);
    }

    /** A message that may not exist: empty when no bundle has the key (a field with no name of its own, say). */
    public static Optional<String> find(String key) {
        return Optional.ofNullable(SOURCE.getMessage(key, null, null, LocaleContextHolder.getLocale()));
    }

    /** The same, in a language chosen by the caller (a letter printed in the patient's language). */
    public static String text(Locale language, String key, Object... args) {
        Locale normalised = Languages.normalise(language);
        return SOURCE.getMessage(key, plain(args, normalised), normalised);
    }

    /**
     * A date given to a message reads as people write it ("30 Nov 2026"), never as the ISO text a LocalDate prints
     * ("2026-11-30"), wherever the message was made.
     */
    private static Object[] plain(Object[] args, Locale language) {
        if (args == null) {
            return null;
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof LocalDate date) {
                plain[i] = Formats.shortDate(date, language);
            }
        }
        return plain;
    }

    /** "i18n/patients", "i18n/platform", ...: the English files' names; the Welsh ones sit beside them. */
    static String[] bundles() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION
                    + "*.properties")) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add(LOCATION + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The message bundles could not be listed", e);
        }
    }
}
