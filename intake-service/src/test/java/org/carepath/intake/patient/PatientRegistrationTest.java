package org.carepath.intake.patient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.platform.audit.AuditRecord;
import org.carepath.platform.events.Topics;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A partner clinic registers a patient; the registration is announced on the intake topic. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class PatientRegistrationTest {

    static final String CLINIC = "clinic-north";
    static final String VALID = "{\"givenName\":\"Alex\",\"familyName\":\"Rivera\",\"dateOfBirth\":\"1984-03-09\","
            + "\"clinicMrn\":\"%s\"}";

    static Response register(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/v1/patients");
    }

    static String staff() {
        return TestTokens.staff("clinic-staff", CLINIC);
    }

    static long patientsInClinic() {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> PatientEntity.count()));
    }

    @Test
    void registeredPatientIsStoredReadableAndAnnounced() throws Exception {
        String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = register(staff(), VALID.formatted(mrn));
        created.then().statusCode(201)
                .header("Location", containsString("/v1/patients/"))
                .header("ETag", "\"0\"")
                .body("givenName", equalTo("Alex"))
                .body("clinicId", equalTo(CLINIC))
                .body("clinicMrn", equalTo(mrn));
        String id = created.path("id");

        given().auth().oauth2(TestTokens.staff("clinician", CLINIC)).get("/v1/patients/" + id)
                .then().statusCode(200).body("familyName", equalTo("Rivera")).body("dateOfBirth", equalTo("1984-03-09"));

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.events(Topics.INTAKE,
                "org.carepath.intake.PatientRegistered.v1", id, 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        ConsumerRecord<String, byte[]> event = events.get(0);
        assertEquals(CLINIC, TopicProbe.header(event, "ce_clinicid"));
        assertEquals("patients/" + id, TopicProbe.header(event, "ce_subject"));
        assertEquals("/carepath/intake-service", TopicProbe.header(event, "ce_source"));
        JsonNode payload = new ObjectMapper().readTree(event.value());
        assertEquals(id, payload.get("patientId").asText());
        assertEquals(CLINIC, payload.get("clinicId").asText());
        assertEquals(1984, payload.get("birthYear").asInt(), "the year alone, for age rules and capped age bands");
        String raw = TopicProbe.value(event);
        assertTrue(!raw.contains("Rivera") && !raw.contains("Alex") && !raw.contains("03-09") && !raw.contains(mrn),
                "event must not carry names, the birth date or the MRN");
    }

    @Test
    void invalidFieldsAre400NamingEachFieldAndStoreNothing() {
        long before = patientsInClinic();
        register(staff(), "{\"givenName\":\"\",\"familyName\":\"R\",\"dateOfBirth\":\"2999-01-01\",\"clinicMrn\":\"bad mrn!\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("givenName", "dateOfBirth", "clinicMrn"));
        register(staff(), "{\"givenName\":\"A\",\"familyName\":\"R\",\"dateOfBirth\":\"09/03/1984\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("dateOfBirth"));
        register(staff(), "{\"givenName\":\"A\",").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-json"));
        register(staff(), "{\"givenName\":\"A\",\"familyName\":\"R\",\"dateOfBirth\":\"1984-03-09\",\"ssn\":\"1\"}")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("ssn"));
        assertEquals(before, patientsInClinic());
    }

    @Test
    void noTokenIs401AndAnotherClinicSees404() {
        given().contentType(ContentType.JSON).body(VALID.formatted("MRN-X")).post("/v1/patients")
                .then().statusCode(401).contentType("application/problem+json");
        String id = register(staff(), VALID.formatted("MRN-" + UUID.randomUUID().toString().substring(0, 8)))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.staff("clinic-staff", "clinic-south")).get("/v1/patients/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("analytics", CLINIC)).get("/v1/patients/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void retryWithTheSameIdempotencyKeyRegistersOnce() {
        String key = UUID.randomUUID().toString();
        String body = VALID.formatted("MRN-" + UUID.randomUUID().toString().substring(0, 8));
        long before = patientsInClinic();
        String first = given().auth().oauth2(staff()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/v1/patients").then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/v1/patients").then().statusCode(201).body("id", equalTo(first));
        assertEquals(before + 1, patientsInClinic());
    }

    @Test
    void locationNamesTheAddressTheClientCalledThroughTheGateway() {
        given().auth().oauth2(staff()).header("X-Forwarded-Host", "api.carepath.example")
                .header("X-Forwarded-Proto", "https").contentType(ContentType.JSON)
                .body(VALID.formatted("MRN-" + UUID.randomUUID().toString().substring(0, 8))).post("/v1/patients")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.startsWith(
                        "https://api.carepath.example/v1/patients/"));
    }

    @Test
    void duplicateMrnIsAConflict() {
        String body = VALID.formatted("MRN-" + UUID.randomUUID().toString().substring(0, 8));
        register(staff(), body).then().statusCode(201);
        register(staff(), body).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("already-exists"));
    }

    @Test
    void readsAndRegistrationsAreAudited() {
        String id = register(staff(), VALID.formatted("MRN-" + UUID.randomUUID().toString().substring(0, 8)))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff()).get("/v1/patients/" + id).then().statusCode(200);
        List<String> trail = Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(() ->
                AuditRecord.<AuditRecord>list("resourceId = ?1 order by occurredAt", id).stream()
                        .map(r -> r.action + ":" + r.outcome + ":" + r.resourceType + ":" + r.roles).toList()));
        assertEquals(List.of("create:success:Patient:clinic-staff", "read:success:Patient:clinic-staff"), trail);
    }
}
