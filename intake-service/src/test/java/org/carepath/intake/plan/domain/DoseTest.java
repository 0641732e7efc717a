package org.carepath.intake.plan.domain;

import static org.carepath.intake.plan.domain.Plans.mg;
import static org.carepath.intake.plan.domain.Plans.perKg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A dose is mg or mg/kg, more than 0; the mg amount of a mg/kg dose is shown to 0.1 mg. */
class DoseTest {

    @Test
    void doseIsEitherMgOrMgPerKg() {
        assertThrows(IllegalArgumentException.class, () -> new Dose(null, null));
        assertThrows(IllegalArgumentException.class, () -> new Dose(BigDecimal.TEN, BigDecimal.ONE));
        assertFalse(mg("56").perKg());
        assertTrue(perKg("0.5").perKg());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.00", "-28", "-0.5"})
    void zeroOrNegativeAmountIsRefused(String amount) {
        assertThrows(IllegalArgumentException.class, () -> mg(amount));
        assertThrows(IllegalArgumentException.class, () -> perKg(amount));
    }

    @Test
    void factoriesRefuseNull() {
        assertThrows(IllegalArgumentException.class, () -> Dose.ofMg(null));
        assertThrows(IllegalArgumentException.class, () -> Dose.ofMgPerKg(null));
    }

    @ParameterizedTest(name = "{0} mg/kg x {1} kg = {2} mg")
    @CsvSource({"0.5, 70, 35.0", "0.5, 70.3, 35.2", "0.75, 81.3, 61.0", "0.1, 54.5, 5.5", "0.1, 54.4, 5.4",
            "0.25, 123.45, 30.9", "7.0, 60, 420.0"})
    void mgPerKgDoseIsShownInMgToATenth(String mgPerKg, String weightKg, String expectedMg) {
        assertEquals(new BigDecimal(expectedMg), perKg(mgPerKg).milligramsFor(new BigDecimal(weightKg)));
    }

    @Test
    void fixedDoseIsShownAsEnteredWithOrWithoutWeight() {
        assertEquals(new BigDecimal("56"), mg("56").milligramsFor(null));
        assertEquals(new BigDecimal("56"), mg("56").milligramsFor(new BigDecimal("70")));
    }

    @Test
    void mgPerKgDoseNeedsAWeight() {
        assertThrows(IllegalArgumentException.class, () -> perKg("0.5").milligramsFor(null));
        assertThrows(IllegalArgumentException.class, () -> perKg("0.5").milligramsFor(BigDecimal.ZERO));
    }
}
