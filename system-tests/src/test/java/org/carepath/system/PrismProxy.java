package org.carepath.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stoplight Prism's validation proxy in front of the gateway, for a second opinion on the contract from a tool
 * partners use: with {@code -Dcarepath.prism=<path to the prism executable>} the system tests talk to Prism, which
 * forwards to the gateway and, with {@code --errors}, turns any request or answer that breaks
 * {@code openapi/carepath.yaml} into an error the test sees. Not part of {@code ./mvnw verify} (Prism is an npm
 * package, installed by hand: {@code npm install @stoplight/prism-cli}); the build's own check is ContractFilter.
 */
final class PrismProxy {

    private final Process process;
    private final String url;

    private PrismProxy(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts Prism when the system property names it, else answers null. */
    static PrismProxy startIfAsked(Path repository, String gateway, Path logs)
            throws IOException, InterruptedException {
        String prism = System.getProperty("carepath.prism");
        if (prism == null || prism.isBlank()) {
            return null;
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(prism, "proxy", repository.resolve("openapi/carepath.yaml").toString(),
                gateway, "--errors", "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(logs.resolve("prism.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return new PrismProxy(process, "http://127.0.0.1:" + port);
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Prism did not start; see " + logs.resolve("prism.log"));
    }

    String url() {
        return url;
    }

    void stop() {
        process.destroy();
    }
}
