package org.carepath.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import org.carepath.platform.fixture.Note;
import org.carepath.platform.http.RequestIds;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Problem+json, security, tenancy, ETags and request ids, as a client of a chassis-based service sees them. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class HttpContractTest {

    static final String CLINIC = "clinic-a";
    static final String OTHER_CLINIC = "clinic-b";

    static String clinician(String clinic) {
        return TestTokens.staff("clinician", clinic);
    }

    static Response createNote(String token, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\",\"priority\":3}")
                .post("/test/notes");
    }

    static long notes() {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> Note.count()));
    }

    @Test
    void createdNoteCanBeReadWithItsEtag() {
        Response created = createNote(clinician(CLINIC), "first");
        created.then().statusCode(201).header("Location", containsString("/test/notes/")).header("ETag", "\"0\"");
        String id = created.path("id");
        given().auth().oauth2(clinician(CLINIC)).get("/test/notes/" + id)
                .then().statusCode(200).body("text", equalTo("first")).header("ETag", "\"0\"");
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON).body("{\"text\": \"Jane Doe\",")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", not(containsString("Jane")));
    }

    @Test
    void unknownFieldIsA400NamingTheField() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                .body("{\"text\":\"x\",\"priority\":1,\"ssn\":\"123\"}")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("unknown-field"))
                .body("errors.field", containsInAnyOrder("ssn"));
    }

    @Test
    void invalidFieldsAreListedOneEntryEach() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                .body("{\"text\":\"\",\"priority\":9}")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:carepath:problem:validation"))
                .body("errors.field", containsInAnyOrder("text", "priority"))
                .body("requestId", notNullValue());
    }

    @Test
    void wrongTypeIsA400NamingTheField() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                .body("{\"text\":\"x\",\"priority\":\"high\"}")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("priority"));
    }

    @Test
    void wrongJsonTypesAreRefusedNotConverted() {
        for (String body : List.of("{\"text\":12345,\"priority\":1}", "{\"text\":true,\"priority\":1}",
                "{\"text\":\"x\",\"priority\":\"3\"}", "{\"text\":\"x\",\"priority\":2.5}",
                "{\"text\":\"x\",\"priority\":true}")) {
            given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON).body(body)
                    .post("/test/notes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("invalid-fields")).body("errors.size()", equalTo(1));
        }
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                .body("{\"text\":\"x\",\"priority\":1}{\"text\":\"y\",\"priority\":1}")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-json"));
    }

    @Test
    void textPostgresCannotStoreIsA400NamingTheFieldAndWritesNothing() {
        long before = notes();
        for (String text : List.of("a\\u0000b", "\\ud800", "x\\udfff")) {
            given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                    .body("{\"text\":\"" + text + "\",\"priority\":3}")
                    .post("/test/notes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .header(RequestIds.HEADER, notNullValue())
                    .body("code", equalTo("invalid-fields"))
                    .body("errors.field", containsInAnyOrder("text"));
        }
        assertEquals(before, notes());
    }

    @Test
    void aKeyGivenTwiceIsA400NamingIt() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                .body("{\"text\":\"first\",\"priority\":3,\"text\":\"second\"}")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("duplicate-key"))
                .body("errors.field", containsInAnyOrder("text"));
    }

    @Test
    void nulInAPathOrQueryParameterIsA400NamingIt() {
        given().auth().oauth2(clinician(CLINIC)).urlEncodingEnabled(false).get("/test/notes/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .header(RequestIds.HEADER, notNullValue())
                .body("errors.field", containsInAnyOrder("id"));
        given().auth().oauth2(clinician(CLINIC)).urlEncodingEnabled(false).get("/test/notes?after=a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("after"));
    }

    @Test
    void tooLargeBodyIsA413ProblemWithItsRequestIdAndWritesNothing() {
        long before = notes();
        String text = "x".repeat(70 * 1024);
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON).header(RequestIds.HEADER, "req-413")
                .body("{\"text\":\"" + text + "\",\"priority\":3}")
                .post("/test/notes")
                .then().statusCode(413).contentType("application/problem+json")
                .header(RequestIds.HEADER, equalTo("req-413"))
                .body("status", equalTo(413)).body("requestId", equalTo("req-413"))
                .body("code", equalTo("content-too-large"));
        assertEquals(before, notes());
    }

    @Test
    void missingBodyIsA400() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON)
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.TEXT).body("text")
                .post("/test/notes")
                .then().statusCode(415).contentType("application/problem+json")
                .header(RequestIds.HEADER, notNullValue()).body("status", equalTo(415));
    }

    @Test
    void noTokenIsA401Problem() {
        given().get("/test/notes")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("token-required"));
    }

    @Test
    void forgedAndExpiredTokensAre401() {
        given().auth().oauth2(TestTokens.forged("clinician", CLINIC)).get("/test/notes")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("clinician", CLINIC)).get("/test/notes")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIsA403Problem() {
        given().auth().oauth2(TestTokens.staff("analytics", CLINIC)).get("/test/notes")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("role-not-allowed"));
    }

    @Test
    void anotherClinicsNoteIsNotFound() {
        String id = createNote(clinician(CLINIC), "mine").then().statusCode(201).extract().path("id");
        given().auth().oauth2(clinician(OTHER_CLINIC)).get("/test/notes/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("note-not-found"));
        given().auth().oauth2(clinician(OTHER_CLINIC)).get("/test/notes")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(clinician(CLINIC)).get("/test/notes")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void staffTokenWithoutClinicCannotWriteClinicData() {
        given().auth().oauth2(TestTokens.staffWithoutClinic("clinician")).contentType(ContentType.JSON)
                .body("{\"text\":\"x\",\"priority\":1}").post("/test/notes")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("clinic-required"));
    }

    @Test
    void staleIfMatchIsA412AndChangesNothing() {
        String id = createNote(clinician(CLINIC), "v0").then().statusCode(201).extract().path("id");
        String body = "{\"text\":\"v1\",\"priority\":2}";
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/test/notes/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("text", equalTo("v1"));
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"text\":\"lost update\",\"priority\":2}")
                .put("/test/notes/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));
        given().auth().oauth2(clinician(CLINIC)).contentType(ContentType.JSON).body(body)
                .put("/test/notes/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        String stored = Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew()
                .call(() -> Note.<Note>find("id", UUID.fromString(id)).firstResult().text));
        assertEquals("v1", stored);
    }

    @Test
    void unknownRouteIsA404Problem() {
        given().auth().oauth2(clinician(CLINIC)).get("/test/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestIdIsEchoedOrGenerated() {
        given().auth().oauth2(clinician(CLINIC)).header("X-Request-Id", "req-123").get("/test/notes")
                .then().statusCode(200).header("X-Request-Id", equalTo("req-123"));
        given().auth().oauth2(clinician(CLINIC)).get("/test/notes")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
        given().auth().oauth2(clinician(CLINIC)).header("X-Request-Id", "bad id with spaces\u0001").get("/test/notes")
                .then().statusCode(200).header("X-Request-Id", not(containsString(" ")));
    }

    @Test
    void logLinesOfARequestCarryItsRequestId() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getFormattedMessage().startsWith("Note ")) {
                    seen.add(ext.getMdc(RequestIds.MDC_KEY));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.carepath.platform.fixture");
        logger.addHandler(capture);
        try {
            given().auth().oauth2(clinician(CLINIC)).header("X-Request-Id", "req-log-1").contentType(ContentType.JSON)
                    .body("{\"text\":\"logged\",\"priority\":3}").post("/test/notes").then().statusCode(201);
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(List.of("req-log-1"), seen);
    }

    @Test
    void healthIsOpenAndCoversDatabaseKafkaAndOutbox() {
        given().get("/q/health/group/dependencies").then().statusCode(200).body("checks.name", hasItem("kafka"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("outbox"))
                .body("checks.find { it.name == 'outbox' }.data.backlog", notNullValue())
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void openApiIsServedWithoutToken() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/test/notes"));
    }

    @Test
    void problemBodiesNeverCarryStackTraces() {
        given().auth().oauth2(clinician(CLINIC)).get("/test/notes/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json")
                .body("trace", nullValue()).body("stack", nullValue());
    }
}
