package org.carepath.platform.inbox;

import java.util.Set;

/**
 * Applies events of some types from one topic. Implement as an {@code @ApplicationScoped} bean; the
 * {@link InboxConsumer} finds it, calls it inside a transaction that also records the event id, and runs
 * it as the event's clinic. A redelivered event never reaches it twice.
 */
public interface EventHandler {

    String topic();

    /** CloudEvents types this handler applies; others on the topic are not its business. */
    Set<String> eventTypes();

    void handle(IncomingEvent event);

    /** Names this handler in the inbox table; change it and every event is applied again. */
    default String name() {
        return getClass().getSimpleName().replace("_Subclass", "").replace("_ClientProxy", "");
    }
}
