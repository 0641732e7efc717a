package org.carepath.platform.http;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The {@code X-Request-Id} that ties a request's log lines and the events it causes together. It lives in
 * the logging MDC, which Quarkus carries across the request's threads and which event handlers set from
 * the incoming event, so events caused by an event keep the original id.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** A client's id if it is safe to log and forward, else a new one. */
    public static String acceptOrGenerate(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    public static void set(String requestId) {
        if (requestId == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, requestId);
        }
    }
}
