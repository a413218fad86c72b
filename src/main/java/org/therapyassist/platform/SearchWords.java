package org.therapyassist.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What someone typed into a search box, as words to match names by prefix: lower case, with the characters SQL
 * {@code like} treats specially taken out (so "50%" cannot match everything), at most a few words of a sensible length
 * (a pasted paragraph is not a search). Every module that searches by name reads words the same way.
 */
public final class SearchWords {

    /** More words than this are ignored: nobody's name has more parts worth typing. */
    public static final int MAX_WORDS = 4;
    /** Each word is cut to this length, far beyond any name part. */
    public static final int MAX_LENGTH = 40;

    private SearchWords() {
    }

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.UK).replaceAll("[%_\\\\]", "").split("[\\s,]+"))
                .map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w)
                .limit(MAX_WORDS).toList();
    }
}
