package org.carepath.outcomes.session.domain;

import static org.carepath.outcomes.session.domain.Clock.START;
import static org.carepath.outcomes.session.domain.Clock.bp;
import static org.carepath.outcomes.session.domain.Clock.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 3: the session part of the REMS Patient Monitoring Form, built from what the session recorded [S8][S9]. */
class MonitoringFormTest {

    static final SessionPolicy POLICY = SessionPolicy.defaults();
    static final LocalDate TREATMENT_DATE = LocalDate.of(2026, 3, 2);
    static final List<Vitals> VITALS = List.of(bp(-20, 130, 85), bp(-5, 128, 82), bp(35, 146, 90), bp(40, 150, 92),
            bp(100, 138, 86), bp(115, 132, 84));
    static final MonitoringBloodPressures READINGS = MonitoringBloodPressures.from(VITALS, START, minute(120), POLICY);
    static final SessionEffects EFFECTS = new SessionEffects(true, true, false);
    static final ConcomitantMedications MEDICATIONS = new ConcomitantMedications(false, false, true, false, false);

    static MonitoringForm form(int doseMg, String lot, int totalMinutes, int minutesUntilReady) {
        return new MonitoringForm(TREATMENT_DATE, doseMg, lot, totalMinutes, minutesUntilReady, true, true, READINGS,
                EFFECTS, MEDICATIONS, false);
    }

    @Test
    void readingsAreThoseDischargeWasAllowedOn() {
        assertEquals(new MonitoringBloodPressures(new BloodPressure(128, 82), new BloodPressure(150, 92),
                new BloodPressure(132, 84)), READINGS);
    }

    @Test
    void postDoseReadingIsTheOneClosestTo40MinutesTheEarlierOnATie() {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(35, 146, 90), bp(45, 152, 94), bp(115, 132, 84));

        assertEquals(new BloodPressure(146, 90),
                MonitoringBloodPressures.from(vitals, START, minute(120), POLICY).postDose());
    }

    @Test
    void readingsAfterTheEndOfMonitoringAreNotReported() {
        List<Vitals> vitals = List.of(bp(-5, 128, 82), bp(40, 150, 92), bp(115, 132, 84), bp(121, 120, 78));

        assertEquals(new BloodPressure(132, 84),
                MonitoringBloodPressures.from(vitals, START, minute(120), POLICY).preCompletion());
    }

    @Test
    void aMissingReadingIsRefusedAsDischargeWouldBe() {
        assertThrows(IllegalArgumentException.class, () -> MonitoringBloodPressures.from(
                List.of(bp(40, 150, 92), bp(115, 132, 84)), START, minute(120), POLICY));
        assertThrows(IllegalArgumentException.class, () -> MonitoringBloodPressures.from(
                List.of(bp(-5, 128, 82), bp(115, 132, 84)), START, minute(120), POLICY));
        assertThrows(IllegalArgumentException.class, () -> MonitoringBloodPressures.from(
                List.of(bp(-5, 128, 82), bp(40, 150, 92), bp(80, 132, 84)), START, minute(120), POLICY));
    }

    @Test
    void totalMinutesRunFromTheFirstDeviceInWholeMinutes() {
        assertEquals(120, MonitoringForm.totalMinutes(START, minute(120)));
        assertEquals(119, MonitoringForm.totalMinutes(START, minute(119, 59)));
        assertEquals(135, MonitoringForm.totalMinutes(START, minute(135, 30)));
        assertThrows(IllegalArgumentException.class, () -> MonitoringForm.totalMinutes(START, minute(-1)));
    }

    @Test
    void totalMonitoringIsAtLeast120Minutes() {
        assertEquals(120, form(56, "LOT-1", 120, 60).totalMonitoringMinutes());
        assertThrows(IllegalArgumentException.class, () -> form(56, "LOT-1", 119, 60));
    }

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(ints = {28, 56, 84})
    void doseIsWholeDevices(int doseMg) {
        assertEquals(doseMg, form(doseMg, "LOT-1", 120, 60).doseMg());
    }

    @ParameterizedTest(name = "{0} mg")
    @ValueSource(ints = {0, -28, 50, 100})
    void doseThatIsNotWholeDevicesIsRefused(int doseMg) {
        assertThrows(IllegalArgumentException.class, () -> form(doseMg, "LOT-1", 120, 60));
    }

    @Test
    void lotNumberIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> form(56, " ", 120, 60));
        assertThrows(IllegalArgumentException.class, () -> form(56, null, 120, 60));
    }

    @Test
    void readinessEstimateLiesWithinTheMonitoring() {
        assertEquals(0, form(56, "LOT-1", 130, 0).minutesUntilReadyWithoutTwoHourRule());
        assertEquals(130, form(56, "LOT-1", 130, 130).minutesUntilReadyWithoutTwoHourRule());
        assertThrows(IllegalArgumentException.class, () -> form(56, "LOT-1", 130, 131));
        assertThrows(IllegalArgumentException.class, () -> form(56, "LOT-1", 130, -1));
    }

    @Test
    void partsAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new MonitoringForm(null, 56, "LOT-1", 120, 60, true, true,
                READINGS, EFFECTS, MEDICATIONS, false));
        assertThrows(IllegalArgumentException.class, () -> new MonitoringForm(TREATMENT_DATE, 56, "LOT-1", 120, 60,
                true, true, null, EFFECTS, MEDICATIONS, false));
        assertThrows(IllegalArgumentException.class, () -> new MonitoringForm(TREATMENT_DATE, 56, "LOT-1", 120, 60,
                true, true, READINGS, null, MEDICATIONS, false));
        assertThrows(IllegalArgumentException.class, () -> new MonitoringForm(TREATMENT_DATE, 56, "LOT-1", 120, 60,
                true, true, READINGS, EFFECTS, null, false));
    }

    @Test
    void theFormCarriesNoPatientIdentity() {
        List<String> components = Arrays.stream(MonitoringForm.class.getRecordComponents()).map(c -> c.getName())
                .toList();

        assertEquals(List.of("treatmentDate", "doseMg", "lotNumber", "totalMonitoringMinutes",
                "minutesUntilReadyWithoutTwoHourRule", "vitalsAcceptablePreDose", "vitalsAcceptablePreCompletion",
                "bloodPressures", "effects", "concomitantMedications", "firstTreatment"), components);
    }

    @Test
    void deadlineCountsFromTheTreatmentDate() {
        MonitoringFormDeadline deadline = form(56, "LOT-1", 120, 60).deadline(POLICY);

        assertEquals(new MonitoringFormDeadline(TREATMENT_DATE, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9)),
                deadline);
    }
}
