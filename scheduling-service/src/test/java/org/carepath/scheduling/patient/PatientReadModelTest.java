package org.carepath.scheduling.patient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.DeadLetters;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.carepath.scheduling.patient.persistence.PatientReference;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Scheduling learns of intake's patients from the intake topic, once each, and never loses a bad event. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class PatientReadModelTest {

    static final String CLINIC = "clinic-east";
    static final Duration WAIT = Duration.ofSeconds(30);

    static void publishRegistered(UUID eventId, UUID patientId, String clinicId) {
        TopicProbe.publish(Topics.INTAKE, patientId.toString(),
                TopicProbe.cloudEvent(eventId, "org.carepath.intake.PatientRegistered.v1", clinicId),
                "{\"patientId\":\"" + patientId + "\",\"clinicId\":\"" + clinicId
                        + "\",\"registeredAt\":\"2026-11-21T09:00:00Z\",\"addedLater\":true}");
    }

    static long known(String clinicId, UUID patientId) {
        return Tenancy.callAs(clinicId, () -> QuarkusTransaction.requiringNew()
                .call(() -> PatientReference.count("patientId", patientId)));
    }

    @Test
    void registeredPatientEntersTheReadModelOfItsClinicOnlyOnce() {
        UUID eventId = UUID.randomUUID();
        UUID patientId = UUID.randomUUID();
        publishRegistered(eventId, patientId, CLINIC);
        publishRegistered(eventId, patientId, CLINIC);
        UUID next = UUID.randomUUID();
        publishRegistered(UUID.randomUUID(), next, CLINIC);
        await().atMost(WAIT).until(() -> known(CLINIC, next) == 1);
        assertEquals(1, known(CLINIC, patientId));
        assertEquals(0, known("clinic-west", patientId));
    }

    @Test
    void aMalformedRegistrationGoesToTheDeadLetterTopic() {
        UUID patientId = UUID.randomUUID();
        TopicProbe.publish(Topics.INTAKE, patientId.toString(),
                TopicProbe.cloudEvent(UUID.randomUUID(), "org.carepath.intake.PatientRegistered.v1", CLINIC),
                "{\"patientId\":\"not-a-uuid\"}");
        List<ConsumerRecord<String, byte[]>> letters = TopicProbe.readUntil(Topics.deadLetterOf(Topics.INTAKE),
                records -> records.stream().anyMatch(r -> patientId.toString().equals(r.key())), WAIT);
        ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> patientId.toString().equals(r.key()))
                .findFirst().orElseThrow();
        assertEquals("scheduling-service", TopicProbe.header(letter, DeadLetters.CONSUMER_GROUP));
        assertEquals("org.carepath.platform.inbox.PoisonEventException",
                TopicProbe.header(letter, DeadLetters.ERROR_CLASS));
    }
}
