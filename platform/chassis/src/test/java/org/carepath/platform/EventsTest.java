package org.carepath.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.platform.events.Topics;
import org.carepath.platform.fixture.Note;
import org.carepath.platform.fixture.NoteRequestedHandler;
import org.carepath.platform.fixture.NoteResource;
import org.carepath.platform.inbox.DeadLetters;
import org.carepath.platform.outbox.OutboxRelay;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.EmbeddedKafkaBroker;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The outbox, the inbox and the dead-letter topic, observed on real Kafka and PostgreSQL. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class EventsTest {

    static final String CLINIC = "clinic-events";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxRelay relay;

    static String createNote(String requestId) {
        return given().auth().oauth2(TestTokens.staff("clinician", CLINIC)).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body("{\"text\":\"note\",\"priority\":1}")
                .post("/test/notes").then().statusCode(201).extract().path("id");
    }

    @Test
    void recordedEventIsPublishedAsACloudEventKeyedAndCarryingTheRequestId() {
        String id = createNote("req-outbox-1");
        ConsumerRecord<String, byte[]> event = TopicProbe.events(NoteResource.TOPIC, NoteResource.CREATED, id, 1, WAIT)
                .get(0);
        assertEquals("1.0", TopicProbe.header(event, "ce_specversion"));
        assertEquals("/carepath/platform-test", TopicProbe.header(event, "ce_source"));
        assertEquals("notes/" + id, TopicProbe.header(event, "ce_subject"));
        assertEquals(CLINIC, TopicProbe.header(event, "ce_clinicid"));
        assertEquals("req-outbox-1", TopicProbe.header(event, "ce_requestid"));
        assertEquals("application/json", TopicProbe.header(event, "content-type"));
        assertTrue(TopicProbe.value(event).contains(id));
    }

    @Test
    void eventsRecordedWhileTheBrokerIsDownArePublishedOnceWhenItIsBack() {
        EmbeddedKafkaBroker.stopBroker();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(createNote("req-outage-" + i));
            }
            await().atMost(WAIT).until(() -> relay.backlog() >= 5);
            given().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("carepath_outbox_backlog"));
            // Still ready: the service takes writes into its outbox, so it stays in its Service while the
            // broker is away; the dependencies group says why the backlog grows.
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'outbox' }.data.backlog", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
            given().get("/q/health/group/dependencies").then().statusCode(503)
                    .body("checks.find { it.name == 'kafka' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
        } finally {
            EmbeddedKafkaBroker.startBroker();
        }
        for (String id : ids) {
            List<ConsumerRecord<String, byte[]>> events = TopicProbe.events(NoteResource.TOPIC, NoteResource.CREATED,
                    id, 1, Duration.ofSeconds(60));
            assertEquals(1, events.size(), "note " + id + " must be published exactly once");
        }
        await().atMost(WAIT).until(() -> relay.backlog() == 0);
    }

    @Test
    void anEventIsAppliedOnceEvenWhenDeliveredTwice() {
        UUID eventId = UUID.randomUUID();
        UUID noteId = UUID.randomUUID();
        String payload = "{\"noteId\":\"" + noteId + "\",\"text\":\"from event\",\"fail\":false}";
        Map<String, String> headers = TopicProbe.cloudEvent(eventId, NoteRequestedHandler.TYPE, CLINIC);
        TopicProbe.publish(NoteRequestedHandler.TOPIC, noteId.toString(), headers, payload);
        TopicProbe.publish(NoteRequestedHandler.TOPIC, noteId.toString(), headers, payload);
        await().atMost(WAIT).until(() -> notesWithId(noteId) == 1);
        UUID marker = UUID.randomUUID();
        TopicProbe.publish(NoteRequestedHandler.TOPIC, noteId.toString(),
                TopicProbe.cloudEvent(UUID.randomUUID(), NoteRequestedHandler.TYPE, CLINIC),
                "{\"noteId\":\"" + marker + "\",\"text\":\"after\",\"fail\":false}");
        await().atMost(WAIT).until(() -> notesWithId(marker) == 1);
        assertEquals(1, notesWithId(noteId));
        assertEquals(1L, (long) Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(
                () -> (Long) Note.getEntityManager()
                        .createNativeQuery("select count(*) from inbox_event where event_id = ?1", Long.class)
                        .setParameter(1, eventId).getSingleResult())));
    }

    @Test
    void aPoisonEventLandsOnTheDeadLetterTopicWithItsErrorAndLaterEventsFlow() {
        UUID badNote = UUID.randomUUID();
        TopicProbe.publish(NoteRequestedHandler.TOPIC, badNote.toString(),
                TopicProbe.cloudEvent(UUID.randomUUID(), NoteRequestedHandler.TYPE, CLINIC),
                "{\"noteId\":\"" + badNote + "\",\"text\":\"x\",\"fail\":true}");
        TopicProbe.publish(NoteRequestedHandler.TOPIC, "garbage", Map.of("ce_specversion", "1.0"), "not json");
        UUID goodNote = UUID.randomUUID();
        TopicProbe.publish(NoteRequestedHandler.TOPIC, badNote.toString(),
                TopicProbe.cloudEvent(UUID.randomUUID(), NoteRequestedHandler.TYPE, CLINIC),
                "{\"noteId\":\"" + goodNote + "\",\"text\":\"fine\",\"fail\":false}");

        String dlq = Topics.deadLetterOf(NoteRequestedHandler.TOPIC);
        List<ConsumerRecord<String, byte[]>> letters = TopicProbe.readUntil(dlq,
                records -> records.stream().anyMatch(r -> badNote.toString().equals(r.key()))
                        && records.stream().anyMatch(r -> "garbage".equals(r.key())), WAIT);
        ConsumerRecord<String, byte[]> handlerFailure = letters.stream()
                .filter(r -> badNote.toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals(IllegalStateException.class.getName(), TopicProbe.header(handlerFailure, DeadLetters.ERROR_CLASS));
        assertTrue(TopicProbe.header(handlerFailure, DeadLetters.ERROR_MESSAGE).contains(badNote.toString()));
        assertEquals(NoteRequestedHandler.TOPIC, TopicProbe.header(handlerFailure, DeadLetters.ORIGINAL_TOPIC));
        assertEquals(NoteRequestedHandler.TYPE, TopicProbe.header(handlerFailure, "ce_type"));
        ConsumerRecord<String, byte[]> malformed = letters.stream()
                .filter(r -> "garbage".equals(r.key())).findFirst().orElseThrow();
        assertTrue(TopicProbe.header(malformed, DeadLetters.ERROR_CLASS).endsWith("PoisonEventException"));

        await().atMost(WAIT).until(() -> notesWithId(goodNote) == 1);
        assertEquals(0, notesWithId(badNote));
    }

    @Test
    void aRunOfOneClinicsEventsWithOneFailingAppliesAllTheOthersOnceAndDeadLettersThatOne() {
        List<UUID> notes = new ArrayList<>();
        UUID failing = null;
        for (int i = 0; i < 30; i++) {
            UUID note = UUID.randomUUID();
            boolean fail = i == 17;
            if (fail) {
                failing = note;
            } else {
                notes.add(note);
            }
            // one key: the events share a partition and so arrive together, in order
            TopicProbe.publish(NoteRequestedHandler.TOPIC, "one-run", TopicProbe.cloudEvent(UUID.randomUUID(),
                    NoteRequestedHandler.TYPE, CLINIC), "{\"noteId\":\"" + note + "\",\"text\":\"run\",\"fail\":" + fail + "}");
        }
        UUID failed = failing;
        await().atMost(WAIT).until(() -> notes.stream().allMatch(note -> notesWithId(note) == 1));
        TopicProbe.readUntil(Topics.deadLetterOf(NoteRequestedHandler.TOPIC),
                records -> records.stream().anyMatch(r -> TopicProbe.header(r, DeadLetters.ERROR_MESSAGE) != null
                        && TopicProbe.header(r, DeadLetters.ERROR_MESSAGE).contains(failed.toString())), WAIT);
        assertEquals(0, notesWithId(failed));
        for (UUID note : notes) {
            assertEquals(1, notesWithId(note));
        }
    }

    @Test
    void readsAndWritesOfPhiAreAudited() {
        String id = createNote("req-audit-1");
        given().auth().oauth2(TestTokens.staff("clinician", CLINIC)).header("X-Request-Id", "req-audit-2")
                .get("/test/notes/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.staff("clinician", "clinic-elsewhere")).header("X-Request-Id", "req-audit-3")
                .get("/test/notes/" + id).then().statusCode(404);
        assertEquals(List.of("create:success:" + CLINIC, "read:success:" + CLINIC, "read:not-found:clinic-elsewhere"),
                auditTrail(id));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @SuppressWarnings("unchecked")
    static List<String> auditTrail(String resourceId) {
        return Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(
                () -> (List<String>) Note.getEntityManager()
                        .createNativeQuery("select action || ':' || outcome || ':' || clinic_id from audit_record"
                                + " where resource_id = ?1 order by occurred_at, id")
                        .setParameter(1, resourceId).getResultList()));
    }

    static long notesWithId(UUID id) {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> Note.count("id", id)));
    }
}
