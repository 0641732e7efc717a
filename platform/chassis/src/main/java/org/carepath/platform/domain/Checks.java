package org.carepath.platform.domain;

import java.util.Collection;

/**
 * Invariant checks for plain-Java domain records. They fail with IllegalArgumentException, which the
 * services turn into a 4xx, and their messages name the rule, never the offending value (it may be PHI).
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static <T, C extends Collection<T>> C noNulls(C values, String name) {
        check(values.stream().allMatch(value -> value != null), name + " must not contain null");
        return values;
    }
}
