package org.carepath.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.carepath.platform.events.Topics;
import org.carepath.platform.kafka.KafkaSettings;

/**
 * Sends a record that cannot be applied to {@code <topic>.dlq} unchanged, with the failure in headers.
 * The send is awaited: the original is only committed once its dead letter is durable.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String ERROR_CLASS = "carepath-dlq-error-class";
    public static final String ERROR_MESSAGE = "carepath-dlq-error-message";
    public static final String ORIGINAL_TOPIC = "carepath-dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "carepath-dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "carepath-dlq-original-offset";
    public static final String CONSUMER_GROUP = "carepath-dlq-consumer-group";
    public static final String FAILED_AT = "carepath-dlq-failed-at";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_MESSAGE = 1000;

    @Inject
    KafkaSettings kafka;

    private volatile Producer<String, byte[]> producer;

    public void send(ConsumerRecord<String, byte[]> original, String groupId, Throwable error) throws Exception {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetterOf(original.topic()),
                original.key(), original.value());
        for (Header header : original.headers()) {
            letter.headers().add(header);
        }
        Throwable root = rootCause(error);
        String message = root.getMessage() == null ? "" : root.getMessage();
        add(letter, ERROR_CLASS, root.getClass().getName());
        add(letter, ERROR_MESSAGE, message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        add(letter, ORIGINAL_TOPIC, original.topic());
        add(letter, ORIGINAL_PARTITION, Integer.toString(original.partition()));
        add(letter, ORIGINAL_OFFSET, Long.toString(original.offset()));
        add(letter, CONSUMER_GROUP, groupId);
        add(letter, FAILED_AT, OffsetDateTime.now().toString());
        producer().send(letter).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof PoisonEventException)) {
            root = root.getCause();
        }
        return root;
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(kafka.reliableProducer("dead-letters", SEND_TIMEOUT.toMillis()));
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
