package org.carepath.gateway.proxy;

import java.util.regex.Pattern;

/** Turns a configured path prefix into the regular expression the router matches requests with. */
final class RoutePattern {

    private static final Pattern VALID = Pattern.compile("(/([A-Za-z0-9._-]+|\\{[A-Za-z][A-Za-z0-9]*\\}))+");

    private RoutePattern() {
    }

    /** {@code /v1/patients/{id}/outcomes} matches itself with any id and everything below it. */
    static String regex(String path) {
        if (!VALID.matcher(path).matches()) {
            throw new IllegalArgumentException("route path must be /segments with optional {params}: " + path);
        }
        StringBuilder regex = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            regex.append('/').append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
        }
        return regex.append("(/.*)?").toString();
    }

    /** More literal characters first, so a specific route is tried before the general one it sits under. */
    static int specificity(String path) {
        return path.replaceAll("\\{[^}]*\\}", "").length();
    }
}
