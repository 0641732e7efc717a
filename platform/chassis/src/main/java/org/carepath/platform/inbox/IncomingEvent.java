package org.carepath.platform.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.carepath.platform.events.CloudEventHeaders;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A CloudEvent read from Kafka in binary mode: attributes from headers, the JSON payload as data. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time,
        String clinicId, String requestId, String topic, String key, byte[] data) {

    /** Reads the envelope; a record without a valid id, type or time is poison and cannot be retried. */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String time = header(record, CloudEventHeaders.TIME);
        if (id == null || type == null || !CloudEventHeaders.SPEC_VERSION_1_0.equals(header(record, CloudEventHeaders.SPEC_VERSION))) {
            throw new PoisonEventException("not a CloudEvents 1.0 record: ce_id, ce_type or ce_specversion missing");
        }
        try {
            return new IncomingEvent(UUID.fromString(id), type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : OffsetDateTime.parse(time),
                    header(record, CloudEventHeaders.CLINIC_ID), header(record, CloudEventHeaders.REQUEST_ID),
                    record.topic(), record.key(), record.value());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonEventException("malformed ce_id or ce_time");
        }
    }

    /**
     * The payload as the given type; malformed or mismatched JSON is poison. Fields the reader does not
     * know are ignored, so a producer can add fields to a v1 event without breaking its consumers.
     */
    public <T> T payload(ObjectMapper mapper, Class<T> type) {
        if (data == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
        } catch (IOException e) {
            throw new PoisonEventException("event " + id + " data is not a valid " + type.getSimpleName()
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
