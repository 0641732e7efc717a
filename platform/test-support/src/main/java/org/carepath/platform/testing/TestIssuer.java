package org.carepath.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OIDC issuer's key endpoint, as production has one: serves the JSON Web Key Set of {@link TestTokens} over HTTP,
 * so a service configured with {@code mp.jwt.verify.publickey.location=<its URL>} verifies tokens the way it
 * will against a real issuer. Started once per test JVM, on first use.
 */
public final class TestIssuer {

    private static final AtomicInteger KEY_SET_READS = new AtomicInteger();
    private static final HttpServer SERVER = start();

    private TestIssuer() {
    }

    /** The URL of the key set. */
    public static String jwksUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** How often the key set has been fetched (a service that verifies against it fetched it at least once). */
    public static int keySetReads() {
        return KEY_SET_READS.get();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/jwks.json", TestIssuer::serveKeySet);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the test issuer", e);
        }
    }

    private static void serveKeySet(HttpExchange exchange) throws IOException {
        KEY_SET_READS.incrementAndGet();
        byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
