package org.carepath.platform.idempotency;

/** What a completed request answered, kept so that a retry with the same key gets the same answer. */
public record StoredResponse(int status, String contentType, String location, String etag, String body) {
}
