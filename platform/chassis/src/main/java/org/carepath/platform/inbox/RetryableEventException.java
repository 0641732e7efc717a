package org.carepath.platform.inbox;

/** A handler cannot apply an event yet but may later: the consumer retries it with backoff. */
public class RetryableEventException extends RuntimeException {

    public RetryableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
