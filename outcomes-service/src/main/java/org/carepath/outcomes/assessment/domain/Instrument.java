package org.carepath.outcomes.assessment.domain;

import static java.util.Map.entry;
import static org.carepath.outcomes.assessment.domain.Band.HIGH;
import static org.carepath.outcomes.assessment.domain.Band.LETHARGIC_RESPONSE;
import static org.carepath.outcomes.assessment.domain.Band.LOW;
import static org.carepath.outcomes.assessment.domain.Band.MILD;
import static org.carepath.outcomes.assessment.domain.Band.MINIMAL;
import static org.carepath.outcomes.assessment.domain.Band.MODERATE;
import static org.carepath.outcomes.assessment.domain.Band.MODERATELY_SEVERE;
import static org.carepath.outcomes.assessment.domain.Band.NONE;
import static org.carepath.outcomes.assessment.domain.Band.NORMAL;
import static org.carepath.outcomes.assessment.domain.Band.NO_RESPONSE;
import static org.carepath.outcomes.assessment.domain.Band.RESPONDS_READILY;
import static org.carepath.outcomes.assessment.domain.Band.RESPONDS_TO_LOUD_NAME;
import static org.carepath.outcomes.assessment.domain.Band.RESPONDS_TO_PAIN_ONLY;
import static org.carepath.outcomes.assessment.domain.Band.RESPONDS_TO_PRODDING;
import static org.carepath.outcomes.assessment.domain.Band.SEVERE;
import static org.carepath.outcomes.assessment.domain.Band.VERY_SEVERE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rating scales CarePath scores, with the shape a form must have: item count, item range, total range and
 * the LOINC codes DOMAIN.md confirms (null where it marks them UNVERIFIED), and its bands from the lowest score up,
 * each a stable code with the scale's own wording. Why: every score is checked against
 * one definition of its scale, so a form can never be summed against the wrong range.
 */
public enum Instrument {

    // 9 items 0-3, total 0-27; codes verified in US Core examples [S28][S28b]
    PHQ_9("PHQ-9", "PHQ-9 (Kroenke 2001)", 9, 0, 3, 27, true, "44249-1", "44261-6",
            List.of("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                    "44260-8"),
            List.of(entry(MINIMAL, "minimal/none"), entry(MILD, "mild"), entry(MODERATE, "moderate"),
                    entry(MODERATELY_SEVERE, "moderately severe"), entry(SEVERE, "severe"))),
    // 7 items 0-3, total 0-21 [S30][S44]; items 6/7 codes per most public FHIR artifacts, to verify in LOINC
    GAD_7("GAD-7", "GAD-7 (Spitzer 2006)", 7, 0, 3, 21, true, "69737-5", "70274-6",
            List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
            List.of(entry(MINIMAL, "minimal"), entry(MILD, "mild"), entry(MODERATE, "moderate"),
                    entry(SEVERE, "severe"))),
    // 20 items 0-4, total 0-80 [S36]; LOINC UNVERIFIED
    PCL_5("PCL-5", "PCL-5 (Weathers 2013)", 20, 0, 4, 80, true, null, null, null, List.of()),
    // 10 items 0-6, total 0-60 [S31][S40x]; LOINC UNVERIFIED
    MADRS("MADRS", "MADRS (Montgomery-Asberg 1979)", 10, 0, 6, 60, true, null, null, null,
            List.of(entry(NORMAL, "absent/normal"), entry(MILD, "mild"), entry(MODERATE, "moderate"),
                    entry(SEVERE, "severe"))),
    // Q1-Q6 yes/no plus item 7, Q6's "within the past 3 months"; no total [S37][S37b][S37c]; LOINC UNVERIFIED
    CSSRS_SCREENER("C-SSRS screener", "C-SSRS Screener (Posner 2011)", 7, 0, 1, null, false, null, null, null,
            List.of(entry(NONE, "none"), entry(LOW, "low"), entry(MODERATE, "moderate"), entry(HIGH, "high"))),
    // 23 items 0-4, total 0-92 [S38]
    CADSS("CADSS", "CADSS (Bremner 1998)", 23, 0, 4, 92, false, null, null, null, List.of()),
    // CADSS items 1, 2, 6, 7, 15, 22, each 0-4, total 0-24 [S38b]
    CADSS_6("CADSS-6", "CADSS-6 (Rodrigues 2021)", 6, 0, 4, 24, false, null, null, null, List.of()),
    // 16 items 0-3 collapsed into 9 domains, total 0-27 [S35]
    QIDS_SR16("QIDS-SR16", "QIDS-SR16 (Rush 2003)", 16, 0, 3, 27, true, null, null, null,
            List.of(entry(NONE, "none"), entry(MILD, "mild"), entry(MODERATE, "moderate"), entry(SEVERE, "severe"),
                    entry(VERY_SEVERE, "very severe"))),
    // one observation 0-5 [S39]
    MOAA_S("MOAA/S", "MOAA/S (Chernik 1990)", 1, 0, 5, 5, false, null, null, null,
            List.of(entry(NO_RESPONSE, "no response to painful trapezius squeeze"),
                    entry(RESPONDS_TO_PAIN_ONLY, "responds only to painful trapezius squeeze"),
                    entry(RESPONDS_TO_PRODDING, "responds only to mild prodding or shaking"),
                    entry(RESPONDS_TO_LOUD_NAME, "responds only to name called loudly or repeatedly"),
                    entry(LETHARGIC_RESPONSE, "lethargic response to name in normal tone"),
                    entry(RESPONDS_READILY, "responds readily to name in normal tone")));

    private final String label;
    private final String version;
    private final int itemCount;
    private final int itemMin;
    private final int itemMax;
    private final Integer totalMax;
    private final boolean outcomeMeasure;
    private final String loincPanel;
    private final String loincTotal;
    private final List<String> loincItems;
    private final Map<Band, String> bandLabels;

    Instrument(String label, String version, int itemCount, int itemMin, int itemMax, Integer totalMax,
            boolean outcomeMeasure, String loincPanel, String loincTotal, List<String> loincItems,
            List<Map.Entry<Band, String>> bands) {
        this.label = label;
        this.version = version;
        this.itemCount = itemCount;
        this.itemMin = itemMin;
        this.itemMax = itemMax;
        this.totalMax = totalMax;
        this.outcomeMeasure = outcomeMeasure;
        this.loincPanel = loincPanel;
        this.loincTotal = loincTotal;
        this.loincItems = loincItems;
        Map<Band, String> labels = new LinkedHashMap<>();
        bands.forEach(band -> labels.put(band.getKey(), band.getValue()));
        this.bandLabels = Collections.unmodifiableMap(labels);
    }

    /** The name used in messages and on screen. */
    public String label() {
        return label;
    }

    /** The published form this scoring follows, stored with every score. */
    public String version() {
        return version;
    }

    public int itemCount() {
        return itemCount;
    }

    public int itemMin() {
        return itemMin;
    }

    public int itemMax() {
        return itemMax;
    }

    /** 0, or null for the C-SSRS screener, which has no total. */
    public Integer totalMin() {
        return totalMax == null ? null : 0;
    }

    /** The highest total, or null for the C-SSRS screener, which has no total. */
    public Integer totalMax() {
        return totalMax;
    }

    public boolean hasTotal() {
        return totalMax != null;
    }

    /** Whether the scale tracks symptoms over a course of treatment (baseline, response, remission). */
    /** The questionnaires a patient answers alone (self-report), which the patient app may submit. */
    public boolean selfReport() {
        return this == PHQ_9 || this == GAD_7 || this == PCL_5 || this == QIDS_SR16;
    }

    public boolean outcomeMeasure() {
        return outcomeMeasure;
    }

    /** The LOINC panel code, or null while UNVERIFIED. */
    public String loincPanel() {
        return loincPanel;
    }

    /** The LOINC total-score code, or null while UNVERIFIED. */
    public String loincTotal() {
        return loincTotal;
    }

    /** The LOINC item codes in item order, or null while UNVERIFIED. */
    public List<String> loincItems() {
        return loincItems;
    }

    /** The bands a score of this scale falls in, from the lowest score up; empty for scales without bands. */
    public List<Band> bands() {
        return List.copyOf(bandLabels.keySet());
    }

    /** The scale's wording for one of its bands, as shown on screen. */
    public String bandLabel(Band band) {
        String label = bandLabels.get(band);
        if (label == null) {
            throw new IllegalArgumentException(this.label + " has no band " + band);
        }
        return label;
    }
}
