package org.carepath.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/**
 * The {@code Idempotency-Key} of the request being served, once the filter has found it new: the use case's
 * transaction records the answer under it, so the answer commits with the write or not at all.
 */
@RequestScoped
public class IdempotentRequest {

    private String scope;
    private String key;
    private String requestHash;
    private boolean recorded;

    void begin(String scope, String key, String requestHash) {
        this.scope = scope;
        this.key = key;
        this.requestHash = requestHash;
    }

    /** Whether the request carries a key whose answer is still to be recorded. */
    public boolean pending() {
        return key != null && !recorded;
    }

    String scope() {
        return scope;
    }

    String key() {
        return key;
    }

    String requestHash() {
        return requestHash;
    }

    void recorded() {
        recorded = true;
    }
}
