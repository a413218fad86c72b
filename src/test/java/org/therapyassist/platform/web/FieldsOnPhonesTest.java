package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * On a phone a number field opens the number keypad and a phone field the phone keypad, and neither offers the user's
 * own details as suggestions: every template's number and phone fields say so, so a new field cannot forget it.
 */
class FieldsOnPhonesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Names of fields that hold numbers: scores, doses, readings, counts, NHS numbers, times in seconds or hours. */
    private static final Pattern NUMERIC_NAME = Pattern.compile("(?i)(nhsNumber|sets|reps|repetitions|seconds|minutes"
            + "|hours|quantity|count|capacity|level|weight|weeks|pain|heart|pulse|systolic|diastolic|spo2|oxygen"
            + "|temperature|latitude|longitude|measureValue|itemMin|itemMax|below|score|Day$|Month$|Year$)");
    private static final Pattern PHONE_NAME = Pattern.compile("(?i)(phone|mobile|telephone)");
    /** A field written with the layout's one-line fragment: {@code layout :: text('name', ...)}. */
    private static final Pattern TEXT_FRAGMENT = Pattern
            .compile("layout :: text\\(\\s*(?:'([^']+)'|\\$\\{'([^']+)')");
    private static final Set<String> NOT_TYPED = Set.of("hidden", "radio", "checkbox", "file", "password", "submit",
            "search", "time", "date");

    @Test
    void everyNumberAndPhoneFieldHasItsKeypadAndNoSuggestions() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            String where = TEMPLATES.relativize(template).toString();
            for (Element input : Jsoup.parse(html, "", Parser.xmlParser()).select("input")) {
                problems.addAll(problemsOf(where, input));
            }
            Matcher fragment = TEXT_FRAGMENT.matcher(html);
            while (fragment.find()) {
                String name = fragment.group(1) != null ? fragment.group(1) : fragment.group(2);
                if (PHONE_NAME.matcher(name).find()) {
                    problems.add(where + ": " + name + " is a phone number: use layout :: phone");
                } else if (NUMERIC_NAME.matcher(name).find()) {
                    problems.add(where + ": " + name + " holds a number: use layout :: number or decimal");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> problemsOf(String where, Element input) {
        String type = input.hasAttr("type") ? input.attr("type") : input.attr("th:type");
        if (NOT_TYPED.contains(type)) {
            return List.of();
        }
        String name = input.hasAttr("name") ? input.attr("name") : input.attr("th:name");
        String all = input.attributes().html();
        boolean hasMode = all.contains("inputmode");
        boolean hasAutocomplete = all.contains("autocomplete");
        List<String> problems = new ArrayList<>();
        if (PHONE_NAME.matcher(name).find() && !"tel".equals(type) && !input.attr("th:type").contains("type")) {
            problems.add(where + ": " + name + " is a phone number without type=\"tel\"");
        }
        if (NUMERIC_NAME.matcher(name).find() && !hasMode) {
            problems.add(where + ": " + name + " holds a number without inputmode");
        }
        if ((hasMode || "tel".equals(type) || input.hasAttr("th:type")) && !hasAutocomplete) {
            problems.add(where + ": " + name + " has a keypad but no autocomplete");
        }
        return problems;
    }

    @Test
    void theLayoutsNumberAndPhoneFragmentsSetTheKeypad() throws IOException {
        String layout = Files.readString(TEMPLATES.resolve("fragments/layout.html"));
        assertThat(layout).contains("number(name, label, hint, value, width)\" th:replace=\"~{fragments/layout :: "
                + "textField(${name}, ${label}, ${hint}, ${value}, ${width}, 'text', 'numeric', 'off')}");
        assertThat(layout).contains("phone(name, label, hint, value, width)\" th:replace=\"~{fragments/layout :: "
                + "textField(${name}, ${label}, ${hint}, ${value}, ${width}, 'tel', null, 'off')}");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
