package org.carepath.bench;

/** What a figure should reach: at least or at most a value, in the figure's own unit. */
public record Target(String comparison, double value) {

    public static Target atLeast(double value) {
        return new Target(">=", value);
    }

    public static Target atMost(double value) {
        return new Target("<=", value);
    }

    public boolean metBy(double figure) {
        return comparison.equals(">=") ? figure >= value : figure <= value;
    }
}
