package org.carepath.intake.plan.domain;

import java.util.Collection;

/** Input checks that fail with IllegalArgumentException, so the edge can answer bad input with a 4xx. */
final class Checks {

    private Checks() {
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static <T, C extends Collection<T>> C noNulls(C values, String name) {
        check(values.stream().allMatch(value -> value != null), name + " must not contain null");
        return values;
    }
}
