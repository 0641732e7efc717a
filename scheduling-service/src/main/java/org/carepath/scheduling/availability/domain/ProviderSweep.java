package org.carepath.scheduling.availability.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Walks one provider's bookable windows and busy list forward only, so each list is read once however many starts
 * are asked for. Calls must ask from non-decreasing instants.
 */
final class ProviderSweep {

    private final List<Interval> windows;
    private final List<Interval> busy;
    private final LocalGrid grid;
    private final Duration length;
    private final Duration blocked;
    private int window;
    private int nextBusy;

    /**
     * @param windows normalized times the appointment itself must lie within
     * @param busy normalized times neither the appointment nor its buffer may overlap
     */
    ProviderSweep(List<Interval> windows, List<Interval> busy, LocalGrid grid, Duration length, Duration buffer) {
        this.windows = windows;
        this.busy = busy;
        this.grid = grid;
        this.length = length;
        this.blocked = length.plus(buffer);
    }

    /** The first grid start at or after {@code from} free for this provider, or null when there is none. */
    Instant firstFreeFrom(Instant from) {
        Instant start = grid.atOrAfter(from);
        while (true) {
            while (window < windows.size() && windows.get(window).end().isBefore(start.plus(length))) {
                window++;
            }
            if (window == windows.size()) {
                return null;
            }
            Interval current = windows.get(window);
            if (current.start().isAfter(start)) {
                start = grid.atOrAfter(current.start());
                continue;
            }
            while (nextBusy < busy.size() && !busy.get(nextBusy).end().isAfter(start)) {
                nextBusy++;
            }
            if (nextBusy < busy.size() && busy.get(nextBusy).start().isBefore(start.plus(blocked))) {
                start = grid.atOrAfter(busy.get(nextBusy).end());
                continue;
            }
            return start;
        }
    }
}
