package org.carepath.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import jakarta.inject.Inject;

import org.carepath.platform.security.RememberingJwtParser;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A service remembers the tokens it verified, but never accepts one past its expiry nor one it did not verify. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class RememberedTokensTest {

    static final String CLINIC = "clinic-tokens";

    static int listNotes(String token) {
        return given().auth().oauth2(token).get("/test/notes").statusCode();
    }

    @Inject
    JWTParser parser;

    @Test
    void requestsAreAuthenticatedThroughTheRememberingVerifier() {
        assertTrue(parser instanceof RememberingJwtParser, parser.getClass().getName());
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        String token = TestTokens.expiringIn(10, "clinician", CLINIC);
        long expiresAtMillis = expiry(token) * 1000;
        assertEquals(200, listNotes(token));
        assertEquals(200, listNotes(token), "the second use is served from what was verified");
        int status = 200;
        while (status == 200) {
            long sentAt = System.currentTimeMillis();
            status = listNotes(token);
            // The verifier compares whole seconds and allows the configured clock skew (1 s in these tests), so it
            // accepts a token up to 2 s after its exp, plus the time the request takes to reach it; never later
            assertTrue(status != 200 || sentAt < expiresAtMillis + 2500, "accepted " + (sentAt - expiresAtMillis) + " ms after its expiry");
            assertTrue(sentAt < expiresAtMillis + 10_000, "still accepted 10 s after its expiry");
            Thread.sleep(100);
        }
        assertEquals(401, status);
    }

    @Test
    void aTokenAlteredAfterOneWasVerifiedIsRefused() {
        String token = TestTokens.staff("clinician", CLINIC);
        assertEquals(200, listNotes(token));
        String[] parts = token.split("\\.");
        String otherClinic = new String(Base64.getUrlDecoder().decode(parts[1])).replace(CLINIC, "clinic-other");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(otherClinic.getBytes())
                + "." + parts[2];
        assertEquals(401, listNotes(altered));
    }

    private static long expiry(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
    }
}
