package org.carepath.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.carepath.platform.fixture.Note;
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

@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class IdempotencyTest {

    static final String CLINIC = "clinic-idem";

    static Response post(String token, String key, String text) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\",\"priority\":2}").post("/test/notes");
    }

    static long notes() {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> Note.count()));
    }

    @Test
    void replayedKeyGivesTheSameResponseAndCreatesNothingNew() {
        String token = TestTokens.staff("clinician", CLINIC);
        String key = UUID.randomUUID().toString();
        long before = notes();
        Response first = post(token, key, "once");
        first.then().statusCode(201);
        Response again = post(token, key, "once");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertEquals(before + 1, notes());
    }

    @Test
    void sameKeyWithAnotherBodyIsA422() {
        String token = TestTokens.staff("clinician", CLINIC);
        String key = UUID.randomUUID().toString();
        post(token, key, "original").then().statusCode(201);
        long before = notes();
        post(token, key, "different").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        assertEquals(before, notes());
    }

    @Test
    void rejectedRequestIsReplayedAsRejected() {
        String token = TestTokens.staff("clinician", CLINIC);
        String key = UUID.randomUUID().toString();
        post(token, key, "").then().statusCode(400);
        post(token, key, "").then().statusCode(400).header("Idempotent-Replayed", "true")
                .contentType("application/problem+json");
    }

    @Test
    void keysAreScopedToTheClinic() {
        String key = UUID.randomUUID().toString();
        String first = post(TestTokens.staff("clinician", CLINIC), key, "a").then().statusCode(201).extract().path("id");
        String second = post(TestTokens.staff("clinician", "clinic-idem-other"), key, "a").then().statusCode(201)
                .extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
    }

    @Test
    void malformedKeyIsA400() {
        given().auth().oauth2(TestTokens.staff("clinician", CLINIC)).header("Idempotency-Key", "x".repeat(300))
                .contentType(ContentType.JSON).body("{\"text\":\"a\",\"priority\":2}").post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
