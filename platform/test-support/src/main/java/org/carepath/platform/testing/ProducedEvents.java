package org.carepath.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Holds every event a service produced, as a test reads it, to its JSON Schema. Records a test put on a topic
 * itself (marked by {@link TopicProbe#publish}) are input, often deliberately wrong, and dead letters carry
 * whatever failed: neither is checked.
 */
public final class ProducedEvents {

    /** Marks a record a test published, so it is not taken for one a service produced. */
    static final String TEST_INPUT_HEADER = "carepath-test-input";

    /** topic/partition/offset of each record already checked: the topics are read from the start again and again. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!CHECKED.isEmpty()) {
                BuildRecords.append("event-validation.log", "events validated against their schemas: "
                        + CHECKED.size() + "\n");
            }
        }, "event-report"));
    }

    private ProducedEvents() {
    }

    /** Throws an AssertionError naming the record and each way it breaks its event type's schema. */
    public static void assertMatchesSchema(ConsumerRecord<String, byte[]> record) {
        if (record.topic().endsWith(".dlq") || record.headers().lastHeader(TEST_INPUT_HEADER) != null
                || !CHECKED.add(record.topic() + "/" + record.partition() + "/" + record.offset())) {
            return;
        }
        String type = TopicProbe.header(record, "ce_type");
        List<String> violations = EventSchemas.violations(type, record.value());
        if (!violations.isEmpty()) {
            throw new AssertionError(type + " at " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " (ce_id " + TopicProbe.header(record, "ce_id") + ") breaks its JSON Schema:\n  "
                    + String.join("\n  ", violations) + "\n  payload: "
                    + (record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
        }
    }
}
