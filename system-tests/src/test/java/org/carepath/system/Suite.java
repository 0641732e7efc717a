package org.carepath.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.carepath.local.LocalKeys;
import org.carepath.local.LocalSettings;
import org.carepath.local.LocalStack;
import org.carepath.platform.testing.contract.ContractFilter;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole suite, as the launcher runs it (one embedded PostgreSQL, one Kafka broker, intake, scheduling,
 * outcomes and the gateway as processes), started once per test JVM on free ports with a fresh data folder and
 * shared by every system test. Tests talk to it through the gateway only; the failure tests also stop, kill
 * and restart its parts through {@link #stack()}.
 */
public final class Suite {

    static final Path REPOSITORY = Path.of(System.getProperty("carepath.repository", "..")).toAbsolutePath()
            .normalize();
    static final Path HOME = Path.of("target/suite-home").toAbsolutePath();

    private static Suite running;

    private final LocalSettings settings;
    private final LocalStack stack;
    private final LocalKeys keys;
    private PrismProxy prism;

    private Suite(LocalSettings settings) {
        this.settings = settings;
        this.stack = new LocalStack(settings, System.getProperty("java.class.path"));
        this.keys = new LocalKeys(settings.keys());
    }

    /** The running suite, started on first use; stopped when the test JVM exits. */
    public static synchronized Suite get() {
        if (running == null) {
            try {
                // A failed expectation shows the request and the answer it got.
                RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
                Suite suite = new Suite(LocalSettings.onFreePorts(REPOSITORY, HOME));
                Runtime.getRuntime().addShutdownHook(new Thread(suite.stack::stop, "suite-stop"));
                suite.stack.start();
                suite.prism = PrismProxy.startIfAsked(REPOSITORY, suite.stack.urls().get("gateway"),
                        HOME.resolve("logs"));
                if (suite.prism != null) {
                    Runtime.getRuntime().addShutdownHook(new Thread(suite.prism::stop, "prism-stop"));
                } else {
                    // Every answer through the gateway is held to the merged contract it publishes at /openapi.
                    ContractFilter.install();
                }
                running = suite;
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start; logs in " + HOME.resolve("logs"), e);
            }
        }
        return running;
    }

    public LocalStack stack() {
        return stack;
    }

    /** The gateway's address, or Prism's in front of it when the run asked for it ({@link PrismProxy}). */
    public String gateway() {
        return prism != null ? prism.url() : stack.urls().get("gateway");
    }

    /** A service's own address, for what only it serves (its /q/openapi); the API goes through the gateway. */
    public String service(String name) {
        return stack.urls().get(name);
    }

    public Connection connect(String database) throws SQLException {
        return settings.connect(database);
    }

    public String kafkaBootstrap() {
        return settings.kafkaBootstrap();
    }

    /** A staff (or analytics) token for one role of one clinic. */
    public String token(String role, String clinic) {
        return mint(role, clinic, null);
    }

    public String patientToken(String clinic, UUID patientId) {
        return mint("patient", clinic, patientId.toString());
    }

    /** A request to the gateway with a token and JSON bodies. */
    public RequestSpecification as(String token) {
        return new RequestSpecBuilder().setBaseUri(gateway()).setContentType(ContentType.JSON)
                .addHeader("Authorization", "Bearer " + token).build();
    }

    /** A request to the gateway without a token. */
    public RequestSpecification anonymous() {
        return new RequestSpecBuilder().setBaseUri(gateway()).setContentType(ContentType.JSON).build();
    }

    private String mint(String role, String clinic, String patient) {
        try {
            return keys.mint(role, clinic, patient, Duration.ofHours(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
