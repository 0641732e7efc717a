package org.carepath.outcomes.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each scale's shape and codes are DOMAIN.md's; codes it marks UNVERIFIED are absent. */
class InstrumentTest {

    @ParameterizedTest(name = "{0}: {1} items {2}-{3}, total to {4}")
    @CsvSource({
            "PHQ_9, 9, 0, 3, 27", "GAD_7, 7, 0, 3, 21", "PCL_5, 20, 0, 4, 80", "MADRS, 10, 0, 6, 60",
            "CADSS, 23, 0, 4, 92", "CADSS_6, 6, 0, 4, 24", "QIDS_SR16, 16, 0, 3, 27", "MOAA_S, 1, 0, 5, 5"})
    void shapeOfTotalledScales(Instrument instrument, int items, int itemMin, int itemMax, int totalMax) {
        assertEquals(items, instrument.itemCount());
        assertEquals(itemMin, instrument.itemMin());
        assertEquals(itemMax, instrument.itemMax());
        assertEquals(0, instrument.totalMin());
        assertEquals(totalMax, instrument.totalMax());
        assertTrue(instrument.hasTotal());
    }

    @Test
    void cssrsScreenerHasSixYesNoQuestionsPlusRecencyAndNoTotal() {
        Instrument cssrs = Instrument.CSSRS_SCREENER;

        assertEquals(7, cssrs.itemCount());
        assertEquals(0, cssrs.itemMin());
        assertEquals(1, cssrs.itemMax());
        assertFalse(cssrs.hasTotal());
        assertNull(cssrs.totalMin());
        assertNull(cssrs.totalMax());
    }

    @Test
    void phq9CodesAreTheVerifiedLoincCodes() {
        Instrument phq9 = Instrument.PHQ_9;

        assertEquals("44249-1", phq9.loincPanel());
        assertEquals("44261-6", phq9.loincTotal());
        assertEquals(List.of("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                "44260-8"), phq9.loincItems());
    }

    @Test
    void gad7CodesAreTheVerifiedLoincCodes() {
        Instrument gad7 = Instrument.GAD_7;

        assertEquals("69737-5", gad7.loincPanel());
        assertEquals("70274-6", gad7.loincTotal());
        assertEquals(List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
                gad7.loincItems());
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"PHQ_9", "GAD_7"}, mode = EnumSource.Mode.EXCLUDE)
    void unverifiedCodesAreAbsent(Instrument instrument) {
        assertNull(instrument.loincPanel());
        assertNull(instrument.loincTotal());
        assertNull(instrument.loincItems());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "PHQ_9, PHQ-9 (Kroenke 2001)", "GAD_7, GAD-7 (Spitzer 2006)", "PCL_5, PCL-5 (Weathers 2013)",
            "MADRS, MADRS (Montgomery-Asberg 1979)", "CSSRS_SCREENER, C-SSRS Screener (Posner 2011)",
            "CADSS, CADSS (Bremner 1998)", "CADSS_6, CADSS-6 (Rodrigues 2021)", "QIDS_SR16, QIDS-SR16 (Rush 2003)",
            "MOAA_S, MOAA/S (Chernik 1990)"})
    void everyScoreRecordsTheVersionItFollows(Instrument instrument, String version) {
        assertEquals(version, instrument.version());
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"PHQ_9", "GAD_7", "PCL_5", "MADRS", "QIDS_SR16"})
    void symptomScalesAreOutcomeMeasures(Instrument instrument) {
        assertTrue(instrument.outcomeMeasure());
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"CSSRS_SCREENER", "CADSS", "CADSS_6", "MOAA_S"})
    void safetyScalesAreNotOutcomeMeasures(Instrument instrument) {
        assertFalse(instrument.outcomeMeasure());
    }
}
