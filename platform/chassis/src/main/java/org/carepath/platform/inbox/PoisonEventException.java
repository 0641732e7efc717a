package org.carepath.platform.inbox;

/** An event that can never be applied as it is: it goes to the dead-letter topic without retries. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
