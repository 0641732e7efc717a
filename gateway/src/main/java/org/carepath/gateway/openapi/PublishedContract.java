package org.carepath.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the merged contract, {@code openapi/carepath.yaml} as committed and bundled at build time, at
 * {@code /openapi}: YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}. No token
 * is needed to read the contract.
 */
@ApplicationScoped
public class PublishedContract {

    static final String RESOURCE = "openapi/carepath.yaml";

    private final String yaml;
    private final String json;

    public PublishedContract() {
        try (InputStream in = PublishedContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not bundled; build the gateway from the repository root");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode document = new YAMLMapper().readTree(yaml);
            json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void mount(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        boolean asJson = "json".equals(context.request().getParam("format"))
                || accept != null && accept.contains("application/json");
        context.response().putHeader("Content-Type", asJson ? "application/json" : "application/yaml")
                .end(asJson ? json : yaml);
    }
}
