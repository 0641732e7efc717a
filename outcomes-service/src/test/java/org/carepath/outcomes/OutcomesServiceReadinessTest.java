package org.carepath.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.carepath.platform.testing.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The outcomes service starts on the chassis: migrated database, Kafka, health, metrics and OpenAPI. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class OutcomesServiceReadinessTest {

    @Test
    void readyWithDatabaseKafkaAndOutbox() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("outbox", "Database connections health check"));
        given().get("/q/health/group/dependencies").then().statusCode(200).body("checks.name", hasItems("kafka"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("carepath_outbox_backlog"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("CarePath outcomes service"));
    }
}
