package org.carepath.outcomes.analytics;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.carepath.outcomes.OutcomesFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.platform.events.Topics;
import org.carepath.platform.outbox.OutboxConfig;
import org.carepath.platform.persistence.SqlTimes;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The analytics stream tells no time finer than its release period (DOMAIN.md 7.1): random event ids, and each
 * period's events held until it ends, then published stamped with its end, each patient's still in order.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class AnalyticsReleaseTest {

    static final String CLINIC = "clinic-release";
    static final String GAD7_4 = "[1,1,1,1,0,0,0]";
    static final String GAD7_8 = "[2,2,2,2,0,0,0]";

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Test
    void eventsWaitForTheEndOfTheirPeriodAndCarryItsTimeAndRandomIds() throws InterruptedException {
        long period = config.deidentifiedReleasePeriod().toMillis();
        UUID first = OutcomesFixtures.patient(CLINIC, 1962);
        UUID second = OutcomesFixtures.patient(CLINIC, 1988);
        gad7(first, GAD7_4);
        gad7(second, GAD7_4);
        List<String> keys = List.of(pseudonym(first), pseudonym(second));

        long recordedFrom;
        long periodEnd;
        int attempts = 0;
        do {
            // Start just after a period begins, so both facts fall in it with time left to see them held.
            Thread.sleep(period - Math.floorMod(System.currentTimeMillis(), period) + 50);
            recordedFrom = System.currentTimeMillis();
            periodEnd = recordedFrom - Math.floorMod(recordedFrom, period) + period;
            gad7(first, GAD7_4);
            gad7(second, GAD7_4);
            gad7(first, GAD7_8);
        } while (System.currentTimeMillis() > periodEnd - 300 && ++attempts < 3);
        OffsetDateTime since = Instant.ofEpochMilli(recordedFrom).atOffset(ZoneOffset.UTC);
        assertTrue(System.currentTimeMillis() < periodEnd - 300, "both recorded early in one period");
        assertEquals(3L, held(keys, since), "held in the outbox while their period runs");

        List<ConsumerRecord<String, byte[]>> mine = TopicProbe.readUntil(Topics.ANALYTICS_OUTCOMES,
                records -> records.stream().filter(r -> keys.contains(r.key()) && r.timestamp() >= since.toInstant()
                        .toEpochMilli()).count() == 3, OutcomesFixtures.WAIT)
                .stream().filter(r -> keys.contains(r.key()) && r.timestamp() >= since.toInstant().toEpochMilli())
                .toList();
        assertEquals(3, mine.size());
        assertEquals(List.of(4, 8), mine.stream().filter(r -> r.key().equals(keys.get(0)))
                .map(r -> JsonPath.from(TopicProbe.value(r)).getInt("total")).toList(), "one patient's facts in order");
        for (ConsumerRecord<String, byte[]> record : mine) {
            assertEquals(periodEnd, record.timestamp(), "the period's end, not the time of the fact");
            UUID id = UUID.fromString(TopicProbe.header(record, "ce_id"));
            assertEquals(4, id.version(), "a random id, not a time-ordered one");
            assertNull(TopicProbe.header(record, "ce_time"));
        }
        OffsetDateTime firstSent = find(CLINIC, () -> SqlTimes.toOffsetDateTime(em.createNativeQuery(
                "select min(sent_at) from outbox_event where record_key in (?1, ?2) and occurred_at >= ?3")
                .setParameter(1, keys.get(0)).setParameter(2, keys.get(1)).setParameter(3, since).getSingleResult()));
        assertFalse(firstSent.toInstant().isBefore(Instant.ofEpochMilli(periodEnd)), "published once the period ended");
    }

    private long held(List<String> keys, OffsetDateTime since) {
        return find(CLINIC, () -> ((Number) em.createNativeQuery("select count(*) from outbox_event"
                + " where record_key in (?1, ?2) and occurred_at >= ?3 and sent_at is null")
                .setParameter(1, keys.get(0)).setParameter(2, keys.get(1)).setParameter(3, since).getSingleResult())
                .longValue());
    }

    private static void gad7(UUID patient, String answers) {
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"GAD_7\",\"answers\":%s}"
                .formatted(patient, answers)).post("/v1/assessments").then().statusCode(201);
    }

    private String pseudonym(UUID patient) {
        return find(CLINIC, () -> em.createNativeQuery(
                "select cast(pseudonym as text) from patient_pseudonym where patient_id = ?1").setParameter(1, patient)
                .getSingleResult()).toString();
    }
}
