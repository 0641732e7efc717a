package org.carepath.platform.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service under test real infrastructure: its own database on the JVM's embedded PostgreSQL, the
 * JVM's embedded Kafka, and the public key of {@link TestTokens}. Both servers start once per test JVM and
 * are shared by every test class. Use with {@code @QuarkusTestResource(value = CarePathTestResource.class,
 * initArgs = @ResourceArg(name = "database", value = "intake"))}.
 */
public class CarePathTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "carepath";
    private boolean keysFromIssuer;

    /**
     * {@code database}: the service's database name. {@code keys=issuer}: trust the keys {@link TestIssuer} serves
     * as a JWKS over HTTP (production's setting) rather than the public key given inline.
     */
    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        keysFromIssuer = "issuer".equals(initArgs.get("keys"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", EmbeddedPostgresServer.database(database));
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", EmbeddedKafkaBroker.bootstrapServers());
        if (keysFromIssuer) {
            // The service must name a key location at build time too, else Quarkus makes a test key pair that wins.
            config.put("mp.jwt.verify.publickey.location", TestIssuer.jwksUrl());
        } else {
            config.put("mp.jwt.verify.publickey", TestTokens.publicKeyBase64());
        }
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive one application: the next test class reuses them. A JVM hook stops them.
    }
}
