package org.carepath.intake.patient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.UUID;

import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.intake.patient.persistence.PatientPseudonym;
import org.carepath.platform.audit.AuditRecord;
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

/** The patient record a clinic keeps: full details, safe updates, search and paging within the clinic. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class PatientRecordTest {

    static final String CLINIC = "clinic-records";
    static final String TOKEN = TestTokens.staff("clinic-staff", CLINIC);

    static String full(String familyName, String mrn) {
        return """
                {"givenName":"Sam","familyName":"%s","dateOfBirth":"1979-11-02","clinicMrn":"%s","sex":"FEMALE",
                 "weightKg":68.4,"pregnancyStatus":"NOT_PREGNANT","breastfeeding":false,
                 "contact":{"email":"sam@example.org","phone":"+1 555 0101","addressLine1":"1 Main St",
                            "city":"Springfield","region":"IL","postalCode":"62701","country":"US"},
                 "emergencyContact":{"name":"Jo Doe","relationship":"sibling","phone":"+1 555 0102"}}
                """.formatted(familyName, mrn);
    }

    static Response post(String body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/v1/patients");
    }

    static String mrn() {
        return "MRN-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static long patients() {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> PatientEntity.count()));
    }

    @Test
    void fullDetailsAreKeptAndThePseudonymIsNeverShown() {
        Response created = post(full("Okafor", mrn()));
        created.then().statusCode(201)
                .body("sex", equalTo("FEMALE"))
                .body("weightKg", equalTo(68.4f))
                .body("pregnancyStatus", equalTo("NOT_PREGNANT"))
                .body("contact.city", equalTo("Springfield"))
                .body("emergencyContact.relationship", equalTo("sibling"))
                .body("analyticsId", nullValue());
        String id = created.path("id");
        String read = given().auth().oauth2(TOKEN).get("/v1/patients/" + id).then().statusCode(200).extract().asString();
        UUID analyticsId = Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew()
                .call(() -> PatientPseudonym.<PatientPseudonym>findById(UUID.fromString(id)).analyticsId));
        assertNotNull(analyticsId);
        assertNotEquals(UUID.fromString(id), analyticsId);
        assertFalse(read.contains(analyticsId.toString()), "the pseudonym must not reach partners");
    }

    @Test
    void impossibleDetailsAre400NamingEachFieldAndStoreNothing() {
        long before = patients();
        post(full("Zero", mrn()).replace("68.4", "0")).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("weightKg"));
        post(full("Future", mrn()).replace("1979-11-02", "2999-01-01")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("dateOfBirth"));
        post(full("Ancient", mrn()).replace("1979-11-02", "1850-01-01")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("dateOfBirth"));
        post(full("Coded", mrn()).replace("\"FEMALE\"", "\"F\"")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("sex"));
        post(full("Mail", mrn()).replace("sam@example.org", "not-an-email").replace("\"US\"", "\"USA\""))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("contact.email", "contact.country"));
        post(full("Emergency", mrn()).replace("\"name\":\"Jo Doe\",", "")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("emergencyContact.name"));
        assertEquals(before, patients());
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String id = post(full("Nakamura", mrn())).then().statusCode(201).extract().path("id");
        String changed = full("Nakamura-Lee", mrn()).replace("68.4", "70.0");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/v1/patients/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("familyName", equalTo("Nakamura-Lee"))
                .body("weightKg", equalTo(70.0f)).body("version", equalTo(1));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(full("Overwritten", mrn())).put("/v1/patients/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(full("NoEtag", mrn())).put("/v1/patients/" + id)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.staff("clinic-staff", "clinic-elsewhere")).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(full("Stolen", mrn())).put("/v1/patients/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(full("Bad", mrn()).replace("68.4", "-3")).put("/v1/patients/" + id)
                .then().statusCode(400);
        given().auth().oauth2(TOKEN).get("/v1/patients/" + id).then().body("familyName", equalTo("Nakamura-Lee"));
    }

    @Test
    void searchFindsByNameBirthDateOrMrnAndPagesInStableOrder() {
        String family = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String wantedMrn = mrn();
        String first = post(full(family, mrn())).then().statusCode(201).extract().path("id");
        String second = post(full(family + "son", wantedMrn)).then().statusCode(201).extract().path("id");
        String third = post(full(family, mrn()).replace("1979-11-02", "1990-01-15")).then().statusCode(201)
                .extract().path("id");

        Response page1 = given().auth().oauth2(TOKEN).queryParam("name", family.toLowerCase()).queryParam("limit", 2)
                .get("/v1/patients");
        page1.then().statusCode(200).body("items", hasSize(2)).body("items.id", equalTo(List.of(first, second)))
                .body("nextCursor", notNullValue());
        given().auth().oauth2(TOKEN).queryParam("name", family).queryParam("limit", 2)
                .queryParam("cursor", page1.<String>path("nextCursor")).get("/v1/patients")
                .then().statusCode(200).body("items.id", equalTo(List.of(third))).body("nextCursor", nullValue());

        given().auth().oauth2(TOKEN).queryParam("name", "Sam " + family).get("/v1/patients")
                .then().body("items", hasSize(3));
        given().auth().oauth2(TOKEN).queryParam("name", family).queryParam("dateOfBirth", "1990-01-15")
                .get("/v1/patients").then().body("items.id", equalTo(List.of(third)));
        given().auth().oauth2(TOKEN).queryParam("clinicMrn", wantedMrn).get("/v1/patients")
                .then().body("items.id", equalTo(List.of(second)));
        given().auth().oauth2(TOKEN).queryParam("name", "%").get("/v1/patients")
                .then().statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem(first)));
        given().auth().oauth2(TestTokens.staff("clinic-staff", "clinic-elsewhere")).queryParam("name", family)
                .get("/v1/patients").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badPagingOrFiltersAre400() {
        for (String[] bad : new String[][] { { "limit", "0" }, { "limit", "201" }, { "limit", "ten" },
                { "cursor", "not-a-cursor" }, { "dateOfBirth", "02/11/1979" } }) {
            given().auth().oauth2(TOKEN).queryParam(bad[0], bad[1]).get("/v1/patients")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder(bad[0]));
        }
    }

    @Test
    void listingIsAudited() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "req-list-audit").get("/v1/patients").then().statusCode(200);
        List<String> entries = Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(() ->
                AuditRecord.<AuditRecord>list("requestId", "req-list-audit").stream()
                        .map(r -> r.action + ":" + r.resourceType + ":" + r.outcome + ":" + r.clinicId).toList()));
        assertEquals(List.of("list:Patient:success:" + CLINIC), entries);
    }
}
