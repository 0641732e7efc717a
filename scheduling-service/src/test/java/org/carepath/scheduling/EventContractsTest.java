package org.carepath.scheduling;

import java.util.List;
import java.util.Map;

import org.carepath.platform.testing.EventContracts;
import org.carepath.scheduling.appointment.events.AppointmentEvent;
import org.carepath.scheduling.appointment.events.SeriesScheduled;
import org.junit.jupiter.api.Test;

/** Every event scheduling publishes is its JSON Schema, field by field. */
class EventContractsTest {

    static final Map<Class<? extends Record>, List<String>> PUBLISHED = Map.of(
            AppointmentEvent.class, List.of(AppointmentEvent.BOOKED, AppointmentEvent.RESCHEDULED,
                    AppointmentEvent.CANCELLED, AppointmentEvent.CHECKED_IN, AppointmentEvent.COMPLETED,
                    AppointmentEvent.NO_SHOW),
            SeriesScheduled.class, List.of(SeriesScheduled.TYPE));

    @Test
    void eachPublishedTypeIsItsSchema() {
        EventContracts.assertMatch(PUBLISHED, "scheduling.");
    }
}
