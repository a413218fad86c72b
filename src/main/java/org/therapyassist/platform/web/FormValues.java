package org.therapyassist.platform.web;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What was typed into a form, exactly as sent, to show it again beside the error messages. Reads as a map of the first
 * value of each field ({@code v['name']}, {@code form.name}); {@link #all} gives every value of a field (checkboxes).
 * Every field name reads, an absent one as null, so a template can name a field nobody has typed into yet.
 */
public final class FormValues extends AbstractMap<String, String> {

    private static final Set<String> CHECKED = Set.of("yes", "true", "on");

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    /** No values: a form shown for the first time. A new instance each time, so nobody shares one. */
    public static FormValues none() {
        return new FormValues(Map.of());
    }

    /** From a request's parameter map (query and body), keeping the order the fields came in. */
    public static FormValues of(Map<String, String[]> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, sent) -> copy.put(name, sent == null ? List.of() : Arrays.asList(sent.clone())));
        return new FormValues(copy);
    }

    /** One value per field, for a page shown first with values of its own (today's date, a record being changed). */
    public static FormValues ofSingle(Map<String, String> values) {
        return new FormValues(values.entrySet().stream().filter(e -> e.getValue() != null).collect(Collectors.toMap(
                Map.Entry::getKey, e -> List.of(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
    }

    @Override
    public String get(Object name) {
        List<String> sent = values.get(name);
        return sent == null || sent.isEmpty() ? null : sent.getFirst();
    }

    /** True for every name: a field that was not sent reads as null rather than failing the template. */
    @Override
    public boolean containsKey(Object name) {
        return name instanceof String;
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** A ticked checkbox or a "yes" radio. */
    public boolean checked(String name) {
        String value = get(name);
        return value != null && CHECKED.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> Map.entry(e.getKey(), e.getValue().getFirst()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
