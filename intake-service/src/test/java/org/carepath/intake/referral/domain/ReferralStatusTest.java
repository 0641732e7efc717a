package org.carepath.intake.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "RECEIVED, ACCEPTED, true", "RECEIVED, DECLINED, true", "RECEIVED, RECEIVED, false",
            "ACCEPTED, DECLINED, false", "ACCEPTED, RECEIVED, false", "ACCEPTED, ACCEPTED, false",
            "DECLINED, ACCEPTED, false", "DECLINED, RECEIVED, false", "DECLINED, DECLINED, false" })
    void aReferralIsTriagedOnceFromReceived(ReferralStatus from, ReferralStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }
}
