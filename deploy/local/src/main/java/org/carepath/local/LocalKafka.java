package org.carepath.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * One KRaft Kafka broker (broker and controller in one process) run from the launcher's own class path,
 * with its log under the stack's home so topics and offsets survive a restart.
 */
final class LocalKafka {

    private LocalKafka() {
    }

    static ChildProcess start(LocalSettings settings, String classPath) throws IOException, InterruptedException {
        Path dir = settings.home().resolve("kafka");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path config = dir.resolve("server.properties");
        Files.writeString(config, serverProperties(settings, data), StandardCharsets.UTF_8);
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(settings, classPath, config);
        }
        ChildProcess broker = ChildProcess.start("kafka",
                java(classPath, "-Xmx512m", "kafka.Kafka", config.toString()), dir, settings.logs().resolve("kafka.log"));
        broker.awaitPort(settings.kafkaPort(), Duration.ofSeconds(120));
        return broker;
    }

    private static void format(LocalSettings settings, String classPath, Path config)
            throws IOException, InterruptedException {
        Path log = settings.logs().resolve("kafka-format.log");
        Files.createDirectories(log.getParent());
        Process format = new ProcessBuilder(java(classPath, "-Xmx256m", "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("formatting Kafka storage failed; see " + log);
        }
    }

    private static List<String> java(String classPath, String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Launcher.javaExecutable(), heap,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static String serverProperties(LocalSettings settings, Path data) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + settings.kafkaControllerPort(),
                "listeners=PLAINTEXT://localhost:" + settings.kafkaPort() + ",CONTROLLER://localhost:"
                        + settings.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://localhost:" + settings.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }
}
