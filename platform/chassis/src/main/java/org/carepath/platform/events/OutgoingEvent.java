package org.carepath.platform.events;

import java.util.Objects;

/**
 * An event a use case records. {@code type} is the CloudEvents type such as
 * {@code org.carepath.intake.PatientRegistered.v1}; {@code key} orders it (the patient id);
 * {@code subject} names the resource it is about; {@code payload} is serialised as JSON. The clinic is
 * the tenant of the recording transaction.
 */
public record OutgoingEvent(String topic, String key, String type, String subject, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
