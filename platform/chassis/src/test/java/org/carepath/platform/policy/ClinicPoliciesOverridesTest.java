package org.carepath.platform.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ClinicPoliciesOverridesTest {

    record Sample(int monitoringMinutes, boolean strict, double ratio) {
        Sample {
            if (monitoringMinutes < 120) {
                throw new IllegalArgumentException("monitoring-minutes must be at least 120");
            }
        }
    }

    private static final Sample DEFAULTS = new Sample(120, false, 0.5);

    @Test
    void noOverridesKeepsThePolicy() {
        assertSame(DEFAULTS, ClinicPolicies.withOverrides(DEFAULTS, Map.of()));
    }

    @Test
    void overridesReplaceNamedComponentsOnly() {
        Sample sample = ClinicPolicies.withOverrides(DEFAULTS, Map.of("monitoring-minutes", 150, "ratio", 1));
        assertEquals(new Sample(150, false, 1.0), sample);
    }

    @Test
    void aWholeJsonNumberFitsAnIntComponent() {
        assertEquals(180, ClinicPolicies.withOverrides(DEFAULTS, Map.of("monitoring-minutes", 180L)).monitoringMinutes());
    }

    @Test
    void unknownWrongTypeAndInvalidValuesAreRefused() {
        assertEquals("unknown policy nap-minutes",
                assertThrows(IllegalArgumentException.class,
                        () -> ClinicPolicies.withOverrides(DEFAULTS, Map.of("nap-minutes", 1))).getMessage());
        assertEquals("policy strict must be true or false",
                assertThrows(IllegalArgumentException.class,
                        () -> ClinicPolicies.withOverrides(DEFAULTS, Map.of("strict", 1))).getMessage());
        assertEquals("policy monitoring-minutes must be a whole number",
                assertThrows(IllegalArgumentException.class,
                        () -> ClinicPolicies.withOverrides(DEFAULTS, Map.of("monitoring-minutes", 120.5))).getMessage());
        assertEquals("monitoring-minutes must be at least 120",
                assertThrows(IllegalArgumentException.class,
                        () -> ClinicPolicies.withOverrides(DEFAULTS, Map.of("monitoring-minutes", 60))).getMessage());
    }
}
