package org.carepath.intake;

import java.util.List;
import java.util.Map;

import org.carepath.intake.consent.events.ConsentEvents;
import org.carepath.intake.eligibility.events.EligibilityDetermined;
import org.carepath.intake.eligibility.events.EligibilityReviewed;
import org.carepath.intake.patient.events.PatientRegistered;
import org.carepath.intake.plan.events.TreatmentPlanEvents;
import org.carepath.intake.referral.events.ReferralEvents;
import org.carepath.intake.screening.events.ScreeningCompleted;
import org.carepath.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

/** Every event intake publishes is its JSON Schema, field by field. */
class EventContractsTest {

    static final Map<Class<? extends Record>, List<String>> PUBLISHED = Map.ofEntries(
            Map.entry(PatientRegistered.class, List.of(PatientRegistered.TYPE)),
            Map.entry(ReferralEvents.ReferralReceived.class, List.of(ReferralEvents.ReferralReceived.TYPE)),
            Map.entry(ReferralEvents.ReferralAccepted.class, List.of(ReferralEvents.ReferralAccepted.TYPE)),
            Map.entry(ReferralEvents.ReferralDeclined.class, List.of(ReferralEvents.ReferralDeclined.TYPE)),
            Map.entry(ScreeningCompleted.class, List.of(ScreeningCompleted.TYPE)),
            Map.entry(EligibilityDetermined.class, List.of(EligibilityDetermined.TYPE)),
            Map.entry(EligibilityReviewed.class, List.of(EligibilityReviewed.TYPE)),
            Map.entry(ConsentEvents.ConsentRecorded.class, List.of(ConsentEvents.ConsentRecorded.TYPE)),
            Map.entry(ConsentEvents.ConsentWithdrawn.class, List.of(ConsentEvents.ConsentWithdrawn.TYPE)),
            Map.entry(TreatmentPlanEvents.PlanFacts.class, List.of(TreatmentPlanEvents.APPROVED,
                    TreatmentPlanEvents.CHANGED, TreatmentPlanEvents.DISCONTINUED)));

    @Test
    void eachPublishedTypeIsItsSchema() {
        EventContracts.assertMatch(PUBLISHED, "intake.");
    }
}
