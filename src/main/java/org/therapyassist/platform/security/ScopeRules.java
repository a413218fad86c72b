package org.therapyassist.platform.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scope a bearer token needs for a call. FHIR follows SMART's system scopes (version 1 syntax):
 * {@code system/<resource type>.read} for reads and searches, {@code system/<resource type>.write} for creates and
 * updates, {@code *} for any resource type or both. The REST API takes {@code api.read} for GET and {@code api.write}
 * for every other method; neither implies the other. The capability statement ({@code /fhir/metadata}) needs no scope.
 */
final class ScopeRules {

    static final String API_READ = "api.read";
    static final String API_WRITE = "api.write";

    private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Z][A-Za-z]{1,63}");
    private static final Pattern SMART = Pattern.compile("system/(\\*|[A-Z][A-Za-z]{1,63})\\.(read|write|\\*)");

    private ScopeRules() {
    }

    /** The scope a call needs; empty when any valid token will do. */
    static Optional<String> requiredScope(String method, String path) {
        boolean read = isRead(method);
        if (path.equals("/fhir") || path.startsWith("/fhir/")) {
            String[] parts = path.substring("/fhir".length()).split("/");
            String first = parts.length > 1 ? parts[1] : "";
            if (first.equals("metadata") && read) {
                return Optional.empty();
            }
            boolean search = parts.length > 2 && parts[parts.length - 1].equals("_search");
            String type = RESOURCE_TYPE.matcher(first).matches() ? first : "*";
            return Optional.of("system/" + type + (read || search ? ".read" : ".write"));
        }
        return Optional.of(read ? API_READ : API_WRITE);
    }

    /** Whether the granted scopes cover the one needed; a scope we cannot read covers nothing. */
    static boolean covers(Collection<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        var needed = SMART.matcher(required);
        if (!needed.matches()) {
            return false;
        }
        for (String scope : granted) {
            var g = SMART.matcher(scope);
            if (g.matches() && (g.group(1).equals("*") || g.group(1).equals(needed.group(1)))
                    && (g.group(2).equals("*") || g.group(2).equals(needed.group(2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRead(String method) {
        String m = method.toUpperCase(Locale.ROOT);
        return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
    }
}
