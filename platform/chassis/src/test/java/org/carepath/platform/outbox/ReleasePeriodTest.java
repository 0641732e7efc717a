package org.carepath.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** De-identified events go out when their period has ended, whenever in it they were recorded. */
class ReleasePeriodTest {

    private static final ReleasePeriod HOURLY = new ReleasePeriod(Duration.ofHours(1));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-12-02T18:00:00Z, 2026-12-02T18:00:00Z",
            "2026-12-02T18:00:00.001Z, 2026-12-02T18:00:00Z",
            "2026-12-02T18:59:59.999Z, 2026-12-02T18:00:00Z",
            "2026-12-02T19:00:00Z, 2026-12-02T19:00:00Z",
            "1969-12-31T23:30:00Z, 1969-12-31T23:00:00Z"})
    void theLastEndIsTheStartOfThePeriodNowIsIn(String now, String lastEnd) {
        assertEquals(Instant.parse(lastEnd), HOURLY.lastEndAtOrBefore(Instant.parse(now)));
    }

    @Test
    void everyFactOfAPeriodGoesOutAtItsEndAndNotBefore() {
        Instant recorded = Instant.parse("2026-12-02T18:42:17.123Z");
        Instant end = Instant.parse("2026-12-02T19:00:00Z");

        // released once the period's end is at or before now, and recorded before it
        assertTrue(recorded.isBefore(HOURLY.lastEndAtOrBefore(end)));
        assertFalse(recorded.isBefore(HOURLY.lastEndAtOrBefore(end.minusMillis(1))));
        assertEquals(end, HOURLY.lastEndAtOrBefore(end.plus(Duration.ofMinutes(59))));
    }

    @Test
    void periodsOfOtherLengthsAreCountedFromTheEpochToo() {
        ReleasePeriod twoSeconds = new ReleasePeriod(Duration.ofSeconds(2));

        assertEquals(Instant.parse("2026-12-02T18:42:16Z"),
                twoSeconds.lastEndAtOrBefore(Instant.parse("2026-12-02T18:42:17.999Z")));
    }

    @Test
    void aPeriodLastsAtLeastAMillisecond() {
        assertThrows(IllegalArgumentException.class, () -> new ReleasePeriod(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ReleasePeriod(Duration.ofNanos(999)));
        assertThrows(IllegalArgumentException.class, () -> new ReleasePeriod(null));
    }
}
