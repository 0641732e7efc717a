package org.carepath.platform.events;

/** The suite's topics. Records are keyed by patient id so that one patient's events stay in order. */
public final class Topics {

    public static final String INTAKE = "carepath.intake.events.v1";
    public static final String SCHEDULING = "carepath.scheduling.events.v1";
    public static final String OUTCOMES = "carepath.outcomes.events.v1";
    /** De-identified outcome facts for analytics pipelines. */
    public static final String ANALYTICS_OUTCOMES = "carepath.analytics.outcomes.v1";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
