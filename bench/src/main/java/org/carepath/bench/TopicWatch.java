package org.carepath.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * An analytics-style consumer in the harness: it reads a topic from its current end, as a downstream pipeline would,
 * and for each event of one type and clinic records how long after its {@code ce_time} (when the service recorded it
 * in its outbox, in the booking's transaction) the harness received it. Both clocks are this machine's.
 */
final class TopicWatch implements AutoCloseable {

    static {
        // The client's lines (every connect, and while the broker is down every failed one) would drown the harness's.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
    }

    static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String type;
    private final String clinicId;
    private final Recorder lag = new Recorder(MAX_MICROS, 3);
    private final Histogram total = new Histogram(MAX_MICROS, 3);
    private final AtomicLong received = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Instant firstReceived;
    private volatile Instant lastReceived;

    private TopicWatch(String bootstrap, String topic, String type, String clinicId) {
        this.type = type;
        this.clinicId = clinicId;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-topic-watch",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Fix the start positions now, before the load begins, rather than at the first poll.
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
        thread = new Thread(this::poll, "bench-topic-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts reading {@code topic} at its end; counts events of {@code type} from {@code clinicId}. */
    static TopicWatch start(BenchContext bench, String topic, String type, String clinicId) {
        return new TopicWatch(bench.settings().kafkaBootstrap(), topic, type, clinicId);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Instant now = Instant.now();
                    if (type.equals(header(record, "ce_type")) && clinicId.equals(header(record, "ce_clinicid"))) {
                        Instant recorded = OffsetDateTime.parse(header(record, "ce_time")).toInstant();
                        long micros = Math.max(0, Math.min(MAX_MICROS, Duration.between(recorded, now).toNanos() / 1000));
                        lag.recordValue(micros);
                        firstReceived = firstReceived == null ? now : firstReceived;
                        lastReceived = now;
                        received.incrementAndGet();
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    long received() {
        return received.get();
    }

    /** Waits until {@code count} events arrived, at most {@code timeout}; returns how many did. */
    long await(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return received.get();
    }

    /** The lag of every event received so far, in microseconds. */
    Histogram lagMicros() {
        total.add(lag.getIntervalHistogram());
        return total.copy();
    }

    /** Events received per second between the first and the last. */
    double perSecond() {
        Instant first = firstReceived;
        Instant last = lastReceived;
        if (first == null || !last.isAfter(first)) {
            return 0;
        }
        return (received.get() - 1) / (Duration.between(first, last).toNanos() / 1e9);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
