package org.carepath.outcomes.analytics.service;

/** Safe Harbor age bands: ten-year bands from 25, ages over 89 grouped as 90+ (DOMAIN.md 7.1, rule 10). */
public final class AgeBands {

    public static final String UNKNOWN = "unknown";

    private static final int[] LOWER_BOUNDS = {18, 25, 35, 45, 55, 65, 75, 85, 90};
    private static final String[] BANDS = {"18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85-89", "90+"};

    private AgeBands() {
    }

    /** The band of the age reached in {@code year}, from the birth year alone. */
    public static String of(Integer birthYear, int year) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        int age = year - birthYear;
        if (age < LOWER_BOUNDS[0]) {
            return "under-18";
        }
        String band = BANDS[0];
        for (int i = 0; i < LOWER_BOUNDS.length; i++) {
            if (age >= LOWER_BOUNDS[i]) {
                band = BANDS[i];
            }
        }
        return band;
    }
}
