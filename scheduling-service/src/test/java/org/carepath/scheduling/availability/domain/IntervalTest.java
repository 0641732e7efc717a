package org.carepath.scheduling.availability.domain;

import static org.carepath.scheduling.availability.domain.Spans.at;
import static org.carepath.scheduling.availability.domain.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** An interval is half-open: it holds its start but not its end. */
class IntervalTest {

    @Test
    void startMustBeBeforeEnd() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new Interval(at("09:00"), at("09:00")));
        assertEquals("interval start must be before its end", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Interval(at("10:00"), at("09:00")));
    }

    @Test
    void bothEndsAreRequired() {
        assertEquals("start is required",
                assertThrows(IllegalArgumentException.class, () -> new Interval(null, at("09:00"))).getMessage());
        assertEquals("end is required",
                assertThrows(IllegalArgumentException.class, () -> new Interval(at("09:00"), null)).getMessage());
    }

    @Test
    void touchingIntervalsDoNotOverlap() {
        assertFalse(span("09:00", "10:00").overlaps(span("10:00", "11:00")));
        assertFalse(span("10:00", "11:00").overlaps(span("09:00", "10:00")));
    }

    @Test
    void sharingAnyInstantIsOverlapping() {
        assertTrue(span("09:00", "10:00").overlaps(span("09:59", "11:00")));
        assertTrue(span("09:00", "12:00").overlaps(span("10:00", "11:00")));
        assertTrue(span("10:00", "11:00").overlaps(span("09:00", "12:00")));
        assertTrue(span("09:00", "10:00").overlaps(span("09:00", "10:00")));
        assertFalse(span("09:00", "10:00").overlaps(span("11:00", "12:00")));
    }

    @Test
    void containsAnIntervalUpToBothEdges() {
        Interval hours = span("09:00", "17:00");
        assertTrue(hours.contains(span("09:00", "17:00")));
        assertTrue(hours.contains(span("09:00", "10:00")));
        assertTrue(hours.contains(span("16:00", "17:00")));
        assertFalse(hours.contains(span("08:59", "10:00")));
        assertFalse(hours.contains(span("16:00", "17:01")));
        assertFalse(hours.contains(span("08:00", "18:00")));
    }

    @Test
    void containsItsStartButNotItsEnd() {
        Interval hours = span("09:00", "17:00");
        assertTrue(hours.contains(at("09:00")));
        assertTrue(hours.contains(at("16:59")));
        assertFalse(hours.contains(at("17:00")));
        assertFalse(hours.contains(at("08:59")));
    }

    @Test
    void durationIsEndMinusStart() {
        assertEquals(Duration.ofMinutes(90), span("09:00", "10:30").duration());
        assertEquals(Duration.ofHours(26), span("00:00", "+1 02:00").duration());
    }
}
