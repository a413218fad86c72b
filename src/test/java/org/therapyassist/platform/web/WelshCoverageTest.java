package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a page, message or PDF shows comes from a bundle, and every English text has its Welsh (the Welsh
 * Language Standards): a key without Welsh, or a sentence typed straight into a template, fails the build.
 */
class WelshCoverageTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Words that are the same in both languages: names, abbreviations, units. */
    private static final Set<String> SAME_IN_BOTH = Set.of("NHS", "GIG", "Therapy", "Assist", "HCPC", "NHS.UK", "PDF",
            "CSV", "API", "ESR", "ODS", "LOLER", "GAS", "SNOMED", "CT", "FHIR", "kg", "cm", "mm", "min", "mins", "ID",
            "QR", "Cymraeg", "English", "Sept", "am", "pm", "SW", "OT", "PT", "Tel", "e.g", "cy", "en", "GB", "UK");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}.]+");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder");
    /** th: attributes whose quoted values are names the code uses (ids, links, conditions), never words shown. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("th:id", "th:for", "th:name", "th:href", "th:src",
            "th:action", "th:class", "th:classappend", "th:fragment", "th:each", "th:if", "th:unless", "th:switch",
            "th:case", "th:object", "th:field", "th:selected", "th:checked", "th:disabled", "th:remove", "th:style",
            "th:styleappend", "th:hx-get", "th:hx-post", "th:hx-target", "th:data-testid");

    @Test
    void everyEnglishMessageHasItsWelshText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path welsh = english.resolveSibling(english.getFileName().toString().replace(".properties",
                    "_cy.properties"));
            assertThat(welsh).as("the Welsh bundle beside " + english).exists();
            Map<String, String> en = load(english);
            Map<String, String> cy = load(welsh);
            for (var e : en.entrySet()) {
                String text = cy.get(e.getKey());
                if (text == null || text.isBlank()) {
                    missing.add(welsh.getFileName() + ": " + e.getKey() + " (\"" + e.getValue() + "\")");
                } else if (!placeholders(text).equals(placeholders(e.getValue()))) {
                    missing.add(welsh.getFileName() + ": " + e.getKey() + " has other {n} arguments than English");
                }
            }
            for (String key : cy.keySet()) {
                if (!en.containsKey(key)) {
                    missing.add(welsh.getFileName() + ": " + key + " has no English (a renamed or removed key?)");
                }
            }
        }
        assertThat(missing).as("keys without their Welsh text").isEmpty();
    }

    @Test
    void everyKeyStartsWithItsBundlesNameSoModulesNeverShareOne() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path english : englishBundles()) {
            String prefix = english.getFileName().toString().replace(".properties", ".");
            load(english).keySet().stream().filter(k -> !k.startsWith(prefix))
                    .forEach(k -> wrong.add(english.getFileName() + ": " + k));
        }
        assertThat(wrong).isEmpty();
    }

    /** Every message is read by MessageFormat, which drops a lone apostrophe: "i'r" would print as "ir". */
    @Test
    void apostrophesAreDoubledSoMessageFormatKeepsThem() throws IOException {
        List<String> lone = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                load(file).forEach((key, text) -> {
                    if (text.replace("''", "").contains("'")) {
                        lone.add(file.getFileName() + ": " + key + " = " + text);
                    }
                });
            }
        }
        assertThat(lone).as("write '' (or ’) for an apostrophe").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Map<String, String> english = new TreeMap<>();
        for (Path bundle : englishBundles()) {
            english.putAll(load(bundle));
        }
        Pattern used = Pattern.compile("#\\{([a-z][\\w.-]*)[}(]|#messages\\.msg\\('([a-z][\\w.-]*)'\\s*[,)]");
        List<String> unknown = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = used.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (!english.containsKey(key)) {
                    unknown.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(unknown).as("keys named in templates but in no bundle").isEmpty();
    }

    /**
     * Templates whose words are still typed in English, being moved to the bundles (issue 13). The list only
     * shrinks: a template on it with no English left fails the test until it is taken off.
     */
    static final Set<String> NOT_YET_IN_WELSH = Set.of();

    @Test
    void templatesTakeTheirWordsFromTheBundles() throws IOException {
        List<String> english = new ArrayList<>();
        Set<String> withEnglish = new TreeSet<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (String found : hardCoded(doc)) {
                withEnglish.add(name);
                if (!NOT_YET_IN_WELSH.contains(name)) {
                    english.add(name + ": " + found);
                }
            }
        }
        assertThat(english).as("words typed into templates: move them to i18n/<module>.properties with their Welsh")
                .isEmpty();
        assertThat(withEnglish).as("templates now fully in the bundles: take them off NOT_YET_IN_WELSH")
                .containsAll(NOT_YET_IN_WELSH);
    }

    static List<String> hardCoded(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (node instanceof TextNode text) {
            String words = text.getWholeText().replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", " ");
            if (isWords(words)) {
                found.add("text \"" + words.strip().replaceAll("\\s+", " ") + "\"");
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.tagName();
        if (tag.equals("script") || tag.equals("style") || "all".equals(e.attr("th:remove"))) {
            return;
        }
        for (Attribute a : e.attributes()) {
            if (TEXT_ATTRIBUTES.contains(a.getKey()) && isWords(a.getValue())) {
                found.add(a.getKey() + "=\"" + a.getValue() + "\"");
            } else if (a.getKey().equals("value") && (tag.equals("button") || "submit".equals(e.attr("type")))
                    && isWords(a.getValue())) {
                found.add("value=\"" + a.getValue() + "\"");
            } else if ((a.getKey().startsWith("th:") || a.getKey().startsWith("data-th-"))
                    && !CODE_ATTRIBUTES.contains(a.getKey())) {
                for (String literal : sentenceLiterals(a.getValue())) {
                    found.add(a.getKey() + " literal '" + literal + "'");
                }
            }
        }
        if (e.hasAttr("th:text") || e.hasAttr("th:utext")) {
            return; // the words inside are the prototype's, replaced when the page is drawn
        }
        if (e.hasAttr("th:replace") || e.hasAttr("th:insert") || e.hasAttr("th:include")) {
            // Replaced too, except the fragments inside that it hands on (a page's ~{::content} in its <html>).
            for (Element fragment : e.select("[th:fragment]")) {
                if (fragment != e) {
                    fragment.childNodes().forEach(child -> walk(child, found));
                }
            }
            return;
        }
        for (Node child : e.childNodes()) {
            walk(child, found);
        }
    }

    /**
     * Quoted text inside an expression that reads as words for people ('Not recorded', 'Yes', 'due today'), not a
     * name the code uses ('taskType', '/delegations', 'nhsuk-tag nhsuk-tag--red').
     */
    static List<String> sentenceLiterals(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            String literal = m.group(1);
            if (isWords(literal) && readsAsWords(literal.strip())) {
                out.add(literal);
            }
        }
        return out;
    }

    private static boolean readsAsWords(String literal) {
        if (!literal.contains(" ")) {
            // One word: a capitalised word is text ('Yes'); a lower-case one is a key, class or parameter name.
            return literal.matches("\\p{Lu}\\p{Ll}+[.!?:]?");
        }
        for (String token : literal.split("\\s+")) {
            if (!token.matches("[a-z0-9_-]*[-_][a-z0-9_-]*|[a-z]+[A-Z]\\w*")) {
                return true;
            }
        }
        return false; // a list of classes
    }

    private static boolean isWords(String text) {
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("\\.+$", "");
            if (word.length() >= 2 && !SAME_IN_BOTH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".properties") && !f.getFileName().toString()
                    .contains("_")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }
}
