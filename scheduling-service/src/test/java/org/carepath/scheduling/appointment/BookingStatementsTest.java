package org.carepath.scheduling.appointment;

import static org.carepath.scheduling.SchedulingFixtures.booking;
import static org.carepath.scheduling.SchedulingFixtures.mondayInWeeks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.platform.http.RequestIds;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.scheduling.SchedulingFixtures;
import org.carepath.scheduling.SchedulingFixtures.Clinic;
import org.carepath.scheduling.StatementLog;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a consultation booking costs in SQL, pinned so that it cannot grow unnoticed. Every statement is a round trip;
 * the booking's transaction, which its audit record joins, adds one commit.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class BookingStatementsTest {

    /**
     * With the clinic's setup in memory: the patient's lock, which reads the setup's version in the same statement,
     * then the writes. Before the setup was kept, the clinic, provider, room, closures and leave were read every time:
     * 11 statements and 13 round trips.
     */
    static final List<String> BOOKING = List.of("select patient_reference join clinic for no key update",
            "expire holds in the way", "insert appointment", "insert appointment_transition", "insert outbox_event",
            "insert audit_record");

    /** What the first booking after a change reads besides: the clinic, providers, rooms, closures and leave. */
    static final int SETUP = 5;

    @Test
    void aConsultationBookingRunsOnlyTheStatementsItsRulesNeed() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-statements");
        UUID patient = SchedulingFixtures.patient(clinic.id());

        List<String> first = book(clinic, patient, mondayInWeeks(2, 9, 0));
        List<String> second = book(clinic, patient, mondayInWeeks(2, 11, 0));

        assertEquals(BOOKING, second.stream().map(BookingStatementsTest::kind).toList(), String.join("\n", second));
        assertEquals(BOOKING.size() + SETUP, first.size(), String.join("\n", first));
    }

    /** Books a consultation and returns the statements its request ran. */
    static List<String> book(Clinic clinic, UUID patient, OffsetDateTime start) {
        String requestId = StatementLog.COUNTED + UUID.randomUUID();
        clinic.staff().header(RequestIds.HEADER, requestId)
                .body(booking(patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start))
                .post("/v1/appointments").then().statusCode(201);
        return StatementLog.of(requestId);
    }

    /** A statement in a word or three: its verb, its tables, its lock. */
    static String kind(String sql) {
        String statement = sql.strip().toLowerCase(Locale.ROOT);
        if (statement.startsWith("insert into ")) {
            return "insert " + statement.split("[\\s(]+")[2];
        }
        if (statement.startsWith("with expired as (update appointment ")) {
            return "expire holds in the way";
        }
        Matcher from = Pattern.compile(" from (\\w+)").matcher(statement);
        Matcher join = Pattern.compile(" join (\\w+)").matcher(statement);
        if (statement.startsWith("select ") && from.find()) {
            return "select " + from.group(1) + (join.find() ? " join " + join.group(1) : "")
                    + (statement.contains(" for no key update") ? " for no key update" : "");
        }
        return statement;
    }
}
