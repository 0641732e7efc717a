package org.carepath.intake.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The defaults are DOMAIN.md's values; a clinic's overrides are checked for sense. */
class PlanPolicyTest {

    @Test
    void defaultsAreDomainValues() {
        PlanPolicy policy = PlanPolicy.defaults();

        assertFalse(policy.euProfile());
        assertEquals(65, policy.olderAdultAgeYears());
        assertEquals(28, policy.esketamineDeviceMg());
        assertEquals(3, policy.esketamineMaxDevicesPerSession());
        assertEquals(84, policy.esketamineMaxDoseMg());
        assertEquals(56, policy.esketamineFirstDoseMg());
        assertEquals(28, policy.esketamineFirstDoseOlderAdultsEuMg());
        assertEquals(84, policy.esketamineMdsiDoseMg());
        assertEquals(56, policy.esketamineMdsiReducedDoseMg());
        assertEquals(4, policy.esketamineMdsiMaxWeeks());
        assertFalse(policy.esketamineMdsiMaintenanceAllowed());
        assertEquals(4, policy.esketamineInductionWeeks());
        assertEquals(2, policy.esketamineMaxSessionsPerWeekInInduction());
        assertEquals(1, policy.esketamineMaxSessionsPerWeekAfterInduction());
        assertEquals(2, policy.esketamineMaxMaintenanceIntervalWeeks());
        assertEquals(new BigDecimal("0.1"), policy.ivMinMgPerKg());
        assertEquals(new BigDecimal("0.75"), policy.ivMaxMgPerKg());
        assertEquals(2, policy.ivMinInfusionMinutes());
        assertEquals(100, policy.ivMaxInfusionMinutes());
        assertEquals(3, policy.ivMaxSessionsPerWeek());
        assertEquals(new BigDecimal("0.25"), policy.oralMinMgPerKg());
        assertEquals(new BigDecimal("7.0"), policy.oralMaxMgPerKg());
        assertEquals(new BigDecimal("25"), policy.oralMinMg());
        assertEquals(new BigDecimal("300"), policy.oralMaxMg());
        assertNull(policy.imMinMgPerKg());
        assertNull(policy.imMaxMgPerKg());
        assertFalse(policy.imDoseRangeConfigured());
        assertEquals(3, policy.imOralMaxSessionsPerWeek());
    }

    static Stream<Arguments> senselessOverrides() {
        return Stream.of(
                override("older-adult age 0", "olderAdultAgeYears", 0),
                override("device of 0 mg", "esketamineDeviceMg", 0),
                override("0 devices a session", "esketamineMaxDevicesPerSession", 0),
                override("first dose not whole devices", "esketamineFirstDoseMg", 50),
                override("first dose above the maximum", "esketamineFirstDoseMg", 112),
                override("older-adult first dose 0", "esketamineFirstDoseOlderAdultsEuMg", 0),
                override("MDSI dose not whole devices", "esketamineMdsiDoseMg", 80),
                override("MDSI reduced dose not whole devices", "esketamineMdsiReducedDoseMg", 50),
                override("MDSI course of 0 weeks", "esketamineMdsiMaxWeeks", 0),
                override("induction of 0 weeks", "esketamineInductionWeeks", 0),
                override("0 sessions a week in induction", "esketamineMaxSessionsPerWeekInInduction", 0),
                override("0 sessions a week after induction", "esketamineMaxSessionsPerWeekAfterInduction", 0),
                override("maintenance interval 0", "esketamineMaxMaintenanceIntervalWeeks", 0),
                override("IV minimum 0", "ivMinMgPerKg", BigDecimal.ZERO),
                override("IV minimum above maximum", "ivMinMgPerKg", new BigDecimal("0.8")),
                override("IV maximum missing", "ivMaxMgPerKg", null),
                override("infusion minimum 0", "ivMinInfusionMinutes", 0),
                override("infusion minimum above maximum", "ivMinInfusionMinutes", 101),
                override("0 infusions a week", "ivMaxSessionsPerWeek", 0),
                override("oral mg/kg minimum above maximum", "oralMinMgPerKg", new BigDecimal("8")),
                override("oral mg minimum above maximum", "oralMaxMg", new BigDecimal("20")),
                override("oral mg minimum missing", "oralMinMg", null),
                override("IM minimum without maximum", "imMinMgPerKg", new BigDecimal("0.2")),
                override("IM maximum without minimum", "imMaxMgPerKg", new BigDecimal("1.0")),
                override("0 IM/oral sessions a week", "imOralMaxSessionsPerWeek", 0));
    }

    static Arguments override(String label, String component, Object value) {
        return Arguments.of(label, component, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("senselessOverrides")
    void senselessOverrideIsRefused(String label, String component, Object value) {
        assertThrows(IllegalArgumentException.class, () -> Policies.with(component, value));
    }

    @Test
    void imRangeMinimumMustNotExceedMaximum() {
        PlanPolicy singleDose = Policies.imRange("0.5", "0.5");

        assertEquals(new BigDecimal("0.5"), singleDose.imMaxMgPerKg());
        assertThrows(IllegalArgumentException.class, () -> Policies.imRange("0.6", "0.5"));
        assertThrows(IllegalArgumentException.class, () -> Policies.imRange("0", "0.5"));
    }
}
