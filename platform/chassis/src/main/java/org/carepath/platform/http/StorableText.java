package org.carepath.platform.http;

import java.util.Optional;

/**
 * Text PostgreSQL can store as the client sent it. It refuses the NUL character outright (a 500 if it got that
 * far), and the JDBC driver writes an unpaired UTF-16 surrogate as {@code ?}, so either would lose or fail a
 * write. Every string the API reads, from a JSON body or a query or path parameter, is checked here.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the text cannot be stored, said without echoing it; empty when it can. */
    public static Optional<String> refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate");
            }
        }
        return Optional.empty();
    }
}
