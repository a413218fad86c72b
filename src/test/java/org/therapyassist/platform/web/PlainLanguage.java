package org.therapyassist.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a page must not say to the people reading it, found in its text (what is shown and what a screen reader reads),
 * never in attributes, form values or scripts, which are for machines.
 */
final class PlainLanguage {

    private static final Set<String> NOT_READ = Set.of("script", "style", "template", "noscript", "textarea");
    private static final Pattern REFERENCE = Pattern.compile("Reference:\\s*[\\w.-]+");
    /** A refusal or problem code (delegation.competency-expired), or a message key Thymeleaf could not find. */
    private static final Pattern CODE = Pattern
            .compile("(?<![\\w.-])[a-z]+(?:\\.[a-z]+)*\\.[a-z]+-[a-z-]*[a-z](?![\\w-])"
                    + "|\\?\\?[\\w.-]+\\?\\?|\\b(?:request|auth|access)\\.[a-z-]+\\b");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])");
    /** "1" then a plural: "1 records", "1 sets", "1 open delegations"; not "1.5 metres" or "11 records". */
    private static final Pattern ONE_PLURAL = Pattern
            .compile("(?<![\\d.,£:/-])\\b1 (?:[a-z]+ )?([A-Za-z]*[a-rt-z]s)\\b");
    /** Words ending in one s that are not plurals, or verbs after a score ("1 means"). */
    private static final Set<String> SINGULAR = Set.of("bus", "status", "focus", "plus", "means", "needs", "is", "has",
            "was", "does", "goes", "gets", "walks", "stands", "sits", "uses", "versus", "this", "its", "always",
            "minus", "previous", "various", "bonus", "census", "campus", "analysis", "basis", "lens", "series",
            "yes", "us", "thus", "gas", "atlas", "canvas", "virus", "sinus", "pelvis", "axis", "diagnosis");

    private PlainLanguage() {
    }

    static List<String> findings(Document page) {
        List<String> found = new ArrayList<>();
        for (String text : readText(page)) {
            find(REFERENCE, text, "a reference code", found);
            find(CODE, text, "an internal code", found);
            find(ISO_DATE, text, "an ISO date", found);
            Matcher plural = ONE_PLURAL.matcher(text);
            while (plural.find()) {
                if (!SINGULAR.contains(plural.group(1).toLowerCase())) {
                    found.add("a plural after 1: \"" + around(text, plural) + "\"");
                }
            }
        }
        return found;
    }

    private static void find(Pattern pattern, String text, String what, List<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(what + ": \"" + around(text, m) + "\"");
        }
    }

    private static String around(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).strip();
    }

    /** The text of each block of the page's title and body, as read. */
    static List<String> readText(Document page) {
        List<String> texts = new ArrayList<>();
        texts.add(page.title());
        StringBuilder block = new StringBuilder();
        collect(page.body(), block, texts);
        texts.add(block.toString());
        return texts.stream().map(t -> t.replaceAll("\\s+", " ").strip()).filter(t -> !t.isEmpty()).toList();
    }

    private static void collect(Node node, StringBuilder block, List<String> texts) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                block.append(text.getWholeText());
            } else if (child instanceof Element element && !NOT_READ.contains(element.normalName())
                    && !element.hasAttr("hidden") && !forIntegrators(element)) {
                boolean isBlock = element.isBlock();
                if (isBlock) {
                    texts.add(block.toString());
                    block.setLength(0);
                }
                collect(element, block, texts);
                if (isBlock) {
                    texts.add(block.toString());
                    block.setLength(0);
                } else {
                    block.append(' ');
                }
            }
        }
    }

    /** A command's name shown for integrators beside its plain description, marked as such. */
    private static boolean forIntegrators(Element element) {
        return "code".equals(element.normalName()) && element.closest("[data-for-integrators]") != null;
    }

    /**
     * A link's path and query when it is a page of this service a person would open: same origin, not the API, not a
     * download, not signing out or switching language. Null otherwise.
     */
    static String inAppLink(String absolute) {
        if (absolute == null || absolute.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(absolute);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"localhost".equals(uri.getHost()) || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        String lower = (path + "?" + query).toLowerCase();
        if (path.startsWith("/api") || path.startsWith("/logout") || path.startsWith("/login")
                || path.startsWith("/swagger") || path.startsWith("/v3/") || path.startsWith("/actuator")
                || path.startsWith("/assets") || path.startsWith("/css") || path.startsWith("/js")
                || path.startsWith("/language") || lower.contains("lang=") || lower.matches(".*\\.(pdf|csv|json|png|"
                        + "svg|ico|js|css|webmanifest)(\\?.*)?")
                || lower.contains("/download") || lower.contains("/export") || lower.contains("format=")
                || lower.contains("/pdf") || lower.contains("/csv")) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }
}
