package org.carepath.bench;

import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What one load run did: requests answered in the measured window (warm-up excluded), their statuses, and the
 * latency of each in microseconds.
 */
public record LoadResult(String label, int clients, long requests, Map<Integer, Long> statuses, double seconds,
        Histogram latencyMicros) {

    public double perSecond() {
        return requests / seconds;
    }

    public double p50Millis() {
        return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    public double p99Millis() {
        return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    /** Requests answered with a status outside {@code expected}. */
    public long unexpected(int... expected) {
        long count = 0;
        for (Map.Entry<Integer, Long> entry : statuses.entrySet()) {
            boolean ok = false;
            for (int status : expected) {
                ok |= entry.getKey() == status;
            }
            count += ok ? 0 : entry.getValue();
        }
        return count;
    }

    /** Requests answered with a 5xx, or not answered at all (status 0). */
    public long serverErrors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() == 0 || e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public String toString() {
        return String.format("%s, %d clients: %d requests in %.1f s = %.0f/s, p50 %.2f ms, p99 %.2f ms, statuses %s",
                label, clients, requests, seconds, perSecond(), p50Millis(), p99Millis(), statuses);
    }
}
