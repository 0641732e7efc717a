package org.carepath.intake;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;

import org.carepath.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Patients and screenings as intake's HTTP tests need them. */
public final class IntakeFixtures {

    /** An adult with TRD, two failed current-episode trials, clean history and a negative risk screen. */
    public static final String CLEAN = """
            {"assessedOn":"%s","indication":"TRD","requestedRoutes":["ESKETAMINE_INTRANASAL","IV"],
             "history":[],
             "medications":[{"name":"escitalopram","medicationClass":"CONVENTIONAL_ANTIDEPRESSANT"}],
             "antidepressantTrials":[
               {"drug":"sertraline","doseMg":150,"weeks":8,"improvementPercent":20,"currentEpisode":true},
               {"drug":"venlafaxine","doseMg":225,"weeks":6,"improvementPercent":10,"currentEpisode":true}],
             "phq9":[2,3,2,2,1,2,1,1,0],"gad7":[1,2,1,1,0,1,1],
             "cssrs":{"wishedDead":false,"suicidalThoughts":false,"behaviorEver":false},
             "baselineVitals":{"systolic":128,"diastolic":82,"heartRate":72}}
            """.formatted(LocalDate.now().minusDays(1));

    private IntakeFixtures() {
    }

    /** Registers a patient in the clinic; {@code extra} adds JSON fields, starting with a comma. */
    public static String patient(String clinic, String dateOfBirth, String extra) {
        return given().auth().oauth2(TestTokens.staff("clinic-staff", clinic)).contentType(ContentType.JSON)
                .body("{\"givenName\":\"Ari\",\"familyName\":\"Stone\",\"dateOfBirth\":\"" + dateOfBirth + "\"" + extra + "}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
    }

    /** Records a screening as a clinician of the clinic. */
    public static Response screen(String clinic, String patientId, String body) {
        return given().auth().oauth2(TestTokens.staff("clinician", clinic)).contentType(ContentType.JSON).body(body)
                .post("/v1/patients/" + patientId + "/screenings");
    }
}
