package org.carepath.platform.events;

import java.util.List;

/** The suite's topics. Records are keyed by patient id so that one patient's events stay in order. */
public final class Topics {

    public static final String INTAKE = "carepath.intake.events.v1";
    public static final String SCHEDULING = "carepath.scheduling.events.v1";
    public static final String OUTCOMES = "carepath.outcomes.events.v1";
    /** De-identified outcome facts for analytics pipelines. */
    public static final String ANALYTICS_OUTCOMES = "carepath.analytics.outcomes.v1";

    private Topics() {
    }

    /**
     * Topics of de-identified data only: their records get no request id, no subject and no event time header,
     * random event ids, and are released in batches, since a time finer than the year could re-identify a patient
     * (DOMAIN.md 7.1).
     */
    public static final List<String> DEIDENTIFIED = List.of(ANALYTICS_OUTCOMES);

    public static boolean isDeidentified(String topic) {
        return DEIDENTIFIED.contains(topic);
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
