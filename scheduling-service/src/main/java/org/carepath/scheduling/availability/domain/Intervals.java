package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Set operations on lists of intervals, so calendars can be combined without caring how their inputs were ordered.
 * Every result is normalized: sorted by start, with overlapping or touching intervals merged.
 */
public final class Intervals {

    private Intervals() {
    }

    public static List<Interval> normalize(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(noNulls(required(intervals, "intervals"), "intervals"));
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                Interval previous = merged.get(last);
                if (next.end().isAfter(previous.end())) {
                    merged.set(last, new Interval(previous.start(), next.end()));
                }
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    public static List<Interval> union(List<Interval> a, List<Interval> b) {
        List<Interval> both = new ArrayList<>(noNulls(required(a, "a"), "a"));
        both.addAll(noNulls(required(b, "b"), "b"));
        return normalize(both);
    }

    /** The parts of {@code a} that lie in no interval of {@code b}. */
    public static List<Interval> subtract(List<Interval> a, List<Interval> b) {
        List<Interval> kept = normalize(a);
        List<Interval> removed = normalize(b);
        List<Interval> result = new ArrayList<>();
        int first = 0;
        for (Interval interval : kept) {
            first = firstEndingAfter(removed, interval.start(), first);
            Instant from = interval.start();
            for (int i = first; i < removed.size() && removed.get(i).start().isBefore(interval.end()); i++) {
                Interval hole = removed.get(i);
                if (hole.start().isAfter(from)) {
                    result.add(new Interval(from, hole.start()));
                }
                if (hole.end().isAfter(from)) {
                    from = hole.end();
                }
            }
            if (from.isBefore(interval.end())) {
                result.add(new Interval(from, interval.end()));
            }
        }
        return List.copyOf(result);
    }

    public static List<Interval> intersect(List<Interval> a, List<Interval> b) {
        List<Interval> left = normalize(a);
        List<Interval> right = normalize(b);
        List<Interval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            Interval x = left.get(i);
            Interval y = right.get(j);
            Instant start = later(x.start(), y.start());
            Instant end = x.end().isBefore(y.end()) ? x.end() : y.end();
            if (start.isBefore(end)) {
                result.add(new Interval(start, end));
            }
            if (x.end().isBefore(y.end())) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(result);
    }

    /** Whether {@code interval} lies within one interval of the normalized set: a seam where parts touch counts. */
    public static boolean covers(List<Interval> set, Interval interval) {
        required(interval, "interval");
        List<Interval> normalized = normalize(set);
        int candidate = firstEndingAfter(normalized, interval.start(), 0);
        return candidate < normalized.size() && normalized.get(candidate).contains(interval);
    }

    public static boolean overlapsAny(List<Interval> set, Interval interval) {
        required(interval, "interval");
        List<Interval> normalized = normalize(set);
        int candidate = firstEndingAfter(normalized, interval.start(), 0);
        return candidate < normalized.size() && normalized.get(candidate).overlaps(interval);
    }

    /**
     * Binary search in a normalized list, from index {@code from}: the first interval ending after {@code instant},
     * or the list's size. Normalized intervals are disjoint, so their ends ascend with their starts.
     */
    static int firstEndingAfter(List<Interval> normalized, Instant instant, int from) {
        int low = from;
        int high = normalized.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (normalized.get(middle).end().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
