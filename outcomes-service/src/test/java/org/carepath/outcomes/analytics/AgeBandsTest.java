package org.carepath.outcomes.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carepath.outcomes.analytics.service.AgeBands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandsTest {

    @ParameterizedTest(name = "age {0} is {1}")
    @CsvSource({"17, under-18", "18, 18-24", "24, 18-24", "25, 25-34", "34, 25-34", "35, 35-44", "64, 55-64",
            "65, 65-74", "84, 75-84", "85, 85-89", "89, 85-89", "90, 90+", "104, 90+"})
    void everyEdgeOfEveryBand(int age, String band) {
        assertEquals(band, AgeBands.of(2026 - age, 2026));
    }

    @Test
    void anUnknownBirthYearIsSaidSo() {
        assertEquals("unknown", AgeBands.of(null, 2026));
    }
}
