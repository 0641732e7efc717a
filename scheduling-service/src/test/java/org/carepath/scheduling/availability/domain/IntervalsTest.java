package org.carepath.scheduling.availability.domain;

import static org.carepath.scheduling.availability.domain.Spans.span;
import static org.carepath.scheduling.availability.domain.Spans.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Set operations take unsorted input and always return sorted, merged intervals. */
class IntervalsTest {

    static final List<Interval> NONE = List.of();

    @Test
    void normalizeSortsByStart() {
        assertEquals(spans("09:00", "10:00", "11:00", "12:00", "13:00", "14:00"),
                Intervals.normalize(spans("13:00", "14:00", "09:00", "10:00", "11:00", "12:00")));
    }

    @Test
    void normalizeMergesOverlappingTouchingAndNested() {
        assertEquals(spans("09:00", "11:00"), Intervals.normalize(spans("10:00", "11:00", "09:00", "10:30")));
        assertEquals(spans("09:00", "11:00"), Intervals.normalize(spans("10:00", "11:00", "09:00", "10:00")));
        assertEquals(spans("09:00", "12:00"), Intervals.normalize(spans("09:00", "12:00", "10:00", "11:00")));
        assertEquals(spans("09:00", "12:00"),
                Intervals.normalize(spans("11:00", "12:00", "09:00", "10:00", "10:00", "11:00", "09:30", "09:45")));
    }

    @Test
    void normalizeKeepsGaps() {
        assertEquals(spans("09:00", "10:00", "10:01", "11:00"),
                Intervals.normalize(spans("10:01", "11:00", "09:00", "10:00")));
        assertEquals(NONE, Intervals.normalize(NONE));
    }

    @Test
    void normalizeRejectsNullIntervalsWithoutNamingValues() {
        assertEquals("intervals must not contain null", assertThrows(IllegalArgumentException.class,
                () -> Intervals.normalize(Arrays.asList(span("09:00", "10:00"), null))).getMessage());
        assertEquals("intervals is required",
                assertThrows(IllegalArgumentException.class, () -> Intervals.normalize(null)).getMessage());
    }

    @Test
    void unionMergesBothSides() {
        assertEquals(spans("08:00", "10:30", "11:00", "13:00"),
                Intervals.union(spans("11:00", "12:00", "08:00", "09:00"), spans("09:00", "10:30", "11:30", "13:00")));
        assertEquals(spans("09:00", "10:00"), Intervals.union(NONE, spans("09:00", "10:00")));
    }

    @Test
    void subtractDisjointLeavesIntervalWhole() {
        assertEquals(spans("09:00", "10:00"), Intervals.subtract(spans("09:00", "10:00"), spans("11:00", "12:00")));
        assertEquals(spans("09:00", "10:00"), Intervals.subtract(spans("09:00", "10:00"), NONE));
    }

    @Test
    void subtractTouchingRemovesNothing() {
        assertEquals(spans("09:00", "10:00"),
                Intervals.subtract(spans("09:00", "10:00"), spans("08:00", "09:00", "10:00", "11:00")));
    }

    @Test
    void subtractHoleInTheMiddleSplits() {
        assertEquals(spans("09:00", "10:00", "11:00", "12:00"),
                Intervals.subtract(spans("09:00", "12:00"), spans("10:00", "11:00")));
    }

    @Test
    void subtractCutsEitherEnd() {
        assertEquals(spans("10:00", "12:00"), Intervals.subtract(spans("09:00", "12:00"), spans("08:00", "10:00")));
        assertEquals(spans("09:00", "11:00"), Intervals.subtract(spans("09:00", "12:00"), spans("11:00", "13:00")));
        assertEquals(spans("10:00", "11:00"), Intervals.subtract(spans("09:00", "12:00"), spans("09:00", "10:00",
                "11:00", "12:00")));
    }

    @Test
    void subtractCoveringRemovesAll() {
        assertEquals(NONE, Intervals.subtract(spans("09:00", "12:00"), spans("09:00", "12:00")));
        assertEquals(NONE, Intervals.subtract(spans("09:00", "12:00"), spans("08:00", "13:00")));
        assertEquals(NONE, Intervals.subtract(NONE, spans("08:00", "13:00")));
    }

    @Test
    void subtractOneHoleAcrossSeveralIntervals() {
        assertEquals(spans("08:00", "09:00", "14:00", "15:00"),
                Intervals.subtract(spans("13:00", "15:00", "08:00", "10:00", "11:00", "12:00"),
                        spans("09:00", "14:00")));
    }

    @Test
    void subtractManyHolesUnsorted() {
        assertEquals(spans("08:00", "09:00", "09:30", "10:00", "11:00", "12:00", "16:00", "17:00"),
                Intervals.subtract(spans("14:00", "17:00", "08:00", "12:00"),
                        spans("14:00", "16:00", "10:00", "11:00", "09:00", "09:30", "12:00", "13:00")));
    }

    @Test
    void intersectDisjointOrTouchingIsEmpty() {
        assertEquals(NONE, Intervals.intersect(spans("09:00", "10:00"), spans("11:00", "12:00")));
        assertEquals(NONE, Intervals.intersect(spans("09:00", "10:00"), spans("10:00", "11:00")));
        assertEquals(NONE, Intervals.intersect(NONE, spans("10:00", "11:00")));
    }

    @Test
    void intersectPartialAndNested() {
        assertEquals(spans("10:00", "11:00"), Intervals.intersect(spans("09:00", "11:00"), spans("10:00", "12:00")));
        assertEquals(spans("10:00", "11:00"), Intervals.intersect(spans("09:00", "12:00"), spans("10:00", "11:00")));
        assertEquals(spans("09:00", "12:00"), Intervals.intersect(spans("09:00", "12:00"), spans("09:00", "12:00")));
    }

    @Test
    void intersectSeveralPiecesUnsorted() {
        assertEquals(spans("09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "16:00", "17:00"),
                Intervals.intersect(spans("13:00", "18:00", "08:00", "12:00"),
                        spans("16:00", "17:00", "11:00", "14:00", "09:00", "10:00")));
    }

    @Test
    void intersectAcrossASeamStaysWhole() {
        assertEquals(spans("09:00", "11:00"),
                Intervals.intersect(spans("10:00", "12:00", "08:00", "10:00"), spans("09:00", "11:00")));
    }

    @Test
    void coversWithinOneInterval() {
        List<Interval> open = spans("09:00", "12:00", "13:00", "17:00");
        assertTrue(Intervals.covers(open, span("09:00", "12:00")));
        assertTrue(Intervals.covers(open, span("13:30", "14:00")));
        assertTrue(Intervals.covers(open, span("16:00", "17:00")));
    }

    @Test
    void coversAcrossASeamOfTouchingIntervals() {
        assertTrue(Intervals.covers(spans("10:00", "12:00", "09:00", "10:00"), span("09:30", "10:30")));
    }

    @Test
    void doesNotCoverAcrossAGapOrPastAnEdge() {
        List<Interval> open = spans("09:00", "12:00", "13:00", "17:00");
        assertFalse(Intervals.covers(open, span("11:30", "13:30")));
        assertFalse(Intervals.covers(open, span("08:59", "10:00")));
        assertFalse(Intervals.covers(open, span("16:00", "17:01")));
        assertFalse(Intervals.covers(open, span("12:00", "13:00")));
        assertFalse(Intervals.covers(NONE, span("09:00", "10:00")));
    }

    @Test
    void overlapsAnyIgnoresTouching() {
        List<Interval> busy = spans("13:00", "14:00", "09:00", "10:00");
        assertFalse(Intervals.overlapsAny(busy, span("10:00", "13:00")));
        assertFalse(Intervals.overlapsAny(busy, span("08:00", "09:00")));
        assertFalse(Intervals.overlapsAny(busy, span("14:00", "15:00")));
        assertFalse(Intervals.overlapsAny(NONE, span("09:00", "10:00")));
    }

    @Test
    void overlapsAnyFindsEveryKindOfOverlap() {
        List<Interval> busy = spans("13:00", "14:00", "09:00", "10:00");
        assertTrue(Intervals.overlapsAny(busy, span("09:59", "10:30")));
        assertTrue(Intervals.overlapsAny(busy, span("12:00", "13:01")));
        assertTrue(Intervals.overlapsAny(busy, span("13:15", "13:45")));
        assertTrue(Intervals.overlapsAny(busy, span("08:00", "15:00")));
    }

    @Test
    void resultsAreImmutable() {
        List<Interval> result = Intervals.normalize(spans("09:00", "10:00"));
        assertThrows(UnsupportedOperationException.class, () -> result.add(span("11:00", "12:00")));
    }
}
