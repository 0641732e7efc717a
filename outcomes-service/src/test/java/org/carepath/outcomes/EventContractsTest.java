package org.carepath.outcomes;

import java.util.List;
import java.util.Map;

import org.carepath.outcomes.adverse.events.AdverseEventReported;
import org.carepath.outcomes.alert.events.SafetyAlertEvents;
import org.carepath.outcomes.analytics.events.AnalyticsEvents;
import org.carepath.outcomes.assessment.events.AssessmentDue;
import org.carepath.outcomes.assessment.events.AssessmentScored;
import org.carepath.outcomes.assessment.events.OutcomeMilestone;
import org.carepath.outcomes.session.events.DosingSessionCompleted;
import org.carepath.platform.events.SafetyAlerts;
import org.carepath.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

/** Every event outcomes publishes, on its own topic and the analytics one, is its JSON Schema field by field. */
class EventContractsTest {

    static final Map<Class<? extends Record>, List<String>> PUBLISHED = Map.ofEntries(
            Map.entry(AssessmentScored.class, List.of(AssessmentScored.TYPE)),
            Map.entry(AssessmentDue.class, List.of(AssessmentDue.TYPE)),
            Map.entry(OutcomeMilestone.class,
                    List.of(OutcomeMilestone.RESPONSE, OutcomeMilestone.REMISSION, OutcomeMilestone.RELAPSE)),
            Map.entry(SafetyAlertEvents.Raised.class, List.of(SafetyAlerts.RAISED)),
            Map.entry(SafetyAlertEvents.Resolved.class, List.of(SafetyAlerts.RESOLVED)),
            Map.entry(AdverseEventReported.class, List.of(AdverseEventReported.TYPE)),
            Map.entry(DosingSessionCompleted.class, List.of(DosingSessionCompleted.TYPE)),
            Map.entry(AnalyticsEvents.AssessmentScored.class, List.of(AnalyticsEvents.ASSESSMENT_SCORED)),
            Map.entry(AnalyticsEvents.DosingSessionCompleted.class, List.of(AnalyticsEvents.DOSING_SESSION_COMPLETED)),
            Map.entry(AnalyticsEvents.SafetyAlertRaised.class, List.of(AnalyticsEvents.SAFETY_ALERT_RAISED)),
            Map.entry(AnalyticsEvents.AdverseEventReported.class, List.of(AnalyticsEvents.ADVERSE_EVENT_REPORTED)),
            Map.entry(AnalyticsEvents.OutcomeMilestone.class, List.of(AnalyticsEvents.OUTCOME_MILESTONE)));

    @Test
    void eachPublishedTypeIsItsSchema() {
        EventContracts.assertMatch(PUBLISHED, "outcomes.", "analytics.");
    }
}
