package org.carepath.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads what is on a topic and puts raw records on one, with plain Kafka clients, for assertions. Every event a
 * service produced that it reads must match its JSON Schema ({@link ProducedEvents}).
 */
public final class TopicProbe {

    private TopicProbe() {
    }

    /**
     * Reads the topic from the beginning until {@code enough} holds for what was read, or the time is up; fails on
     * the first produced event that breaks its schema.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> enough, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafkaBroker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ProducedEvents.assertMatchesSchema(record);
                    read.add(record);
                }
                if (enough.test(read)) {
                    break;
                }
            }
        }
        return read;
    }

    /** All records on the topic whose {@code ce_type} and key match, waiting up to the timeout for one. */
    public static List<ConsumerRecord<String, byte[]>> events(String topic, String type, String key, int atLeast,
            Duration timeout) {
        Predicate<ConsumerRecord<String, byte[]>> matches = r -> type.equals(header(r, "ce_type"))
                && (key == null || key.equals(r.key()));
        return readUntil(topic, records -> records.stream().filter(matches).count() >= atLeast, timeout)
                .stream().filter(matches).toList();
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    /** Publishes one record with the given headers, as another service would; it is marked as test input. */
    public static void publish(String topic, String key, Map<String, String> headers, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                    value == null ? null : value.getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            record.headers().add(ProducedEvents.TEST_INPUT_HEADER, "true".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish test record", e);
        }
    }

    /** Publishes a new CloudEvent of a clinic, keyed (as every CarePath event) by the patient it is about. */
    public static void publishEvent(String topic, String type, String clinicId, UUID patientId, String payload) {
        publish(topic, patientId.toString(), cloudEvent(UUID.randomUUID(), type, clinicId), payload);
    }

    /** The headers of a CloudEvent as CarePath services publish it. */
    public static Map<String, String> cloudEvent(UUID id, String type, String clinicId) {
        return Map.of("ce_specversion", "1.0", "ce_id", id.toString(), "ce_type", type,
                "ce_source", "/carepath/test", "ce_time", java.time.OffsetDateTime.now().toString(),
                "content-type", "application/json", "ce_clinicid", clinicId);
    }
}
