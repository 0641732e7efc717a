package org.carepath.platform.testing;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

import kafka.server.BrokerServer;

/**
 * One real KRaft Kafka per test JVM, in process: a controller and a broker. The broker can be stopped and
 * started again on the same port, so tests can take Kafka away from a running service and bring it back.
 */
public final class EmbeddedKafkaBroker {

    /** Held so the level settings are not garbage-collected with their loggers. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("state.change.logger"));

    private static final Logger LOG = Logger.getLogger(EmbeddedKafkaBroker.class.getName());

    private static KafkaClusterTestKit cluster;

    private EmbeddedKafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
            // The broker shares the test JVM: a fault it meets (say, while closing in the shutdown hook) must not
            // exit or halt the JVM, which surefire reports as a failed module after every test has passed.
            Exit.setExitProcedure((code, message) -> LOG.warning("embedded Kafka asked to exit " + code + ": "
                    + message));
            Exit.setHaltProcedure((code, message) -> LOG.warning("embedded Kafka asked to halt " + code + ": "
                    + message));
            try {
                TestKitNodes nodes = new TestKitNodes.Builder()
                        .setCombined(false)
                        .setNumControllerNodes(1)
                        .setNumBrokerNodes(1)
                        .build();
                cluster = new KafkaClusterTestKit.Builder(nodes)
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "5")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start embedded Kafka", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedKafkaBroker::close, "embedded-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    /** Takes the broker away; clients see connection failures until {@link #startBroker()}. */
    public static synchronized void stopBroker() {
        broker().shutdown();
        broker().awaitShutdown();
    }

    public static synchronized void startBroker() {
        broker().startup();
        try {
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("broker did not come back", e);
        }
    }

    private static BrokerServer broker() {
        bootstrapServers();
        return cluster.brokers().values().iterator().next();
    }

    private static synchronized void close() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                // JVM is ending
            }
            cluster = null;
        }
    }
}
