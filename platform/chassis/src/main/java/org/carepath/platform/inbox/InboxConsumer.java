package org.carepath.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.carepath.platform.kafka.KafkaSettings;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The service's one consumer: reads its handlers' topics in order per partition and commits an offset
 * only after the event was applied or dead-lettered. A transient failure pauses just that partition and
 * retries the same event with backoff; other partitions keep flowing. Nothing is acknowledged and dropped.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    InboxProcessor processor;

    @Inject
    DeadLetters deadLetters;

    @Inject
    KafkaSettings kafka;

    @Inject
    InboxConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<String, List<EventHandler>> handlersByTopic = new HashMap<>();
    private final Map<TopicPartition, Retry> retries = new HashMap<>();
    private volatile boolean running;
    private volatile Consumer<String, byte[]> consumer;
    private Thread thread;

    private record Retry(long offset, Instant firstFailure, Duration backoff, Instant resumeAt) {
    }

    void start(@Observes StartupEvent startup) {
        for (EventHandler handler : handlers) {
            handlersByTopic.computeIfAbsent(handler.topic(), topic -> new ArrayList<>()).add(handler);
        }
        if (!config.enabled() || handlersByTopic.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "inbox-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }


    private void run() {
        while (running) {
            Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
            try (Consumer<String, byte[]> created = new KafkaConsumer<>(kafka.consumer(config.groupId(),
                    config.groupId() + "-inbox"))) {
                consumer = created;
                created.subscribe(handlersByTopic.keySet(), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        partitions.forEach(retries::remove);
                        commitNow(created, processed);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    }
                });
                long committedAt = System.nanoTime();
                try {
                    while (running) {
                        resumeDue(created);
                        ConsumerRecords<String, byte[]> records = created.poll(Duration.ofMillis(500));
                        for (TopicPartition partition : records.partitions()) {
                            consume(created, partition, records.records(partition), processed);
                        }
                        if (!processed.isEmpty() && System.nanoTime() - committedAt >= config.commitInterval().toNanos()) {
                            created.commitAsync(Map.copyOf(processed), (offsets, failure) -> {
                                if (failure != null) {
                                    LOG.debugf("Offset commit failed (%s); the events come again and the inbox"
                                            + " skips them", failure.getClass().getSimpleName());
                                }
                            });
                            processed.clear();
                            committedAt = System.nanoTime();
                        }
                    }
                } finally {
                    commitNow(created, processed);
                }
            } catch (WakeupException e) {
                // stopping
            } catch (Exception e) {
                // Uncommitted records come again after the restart; the inbox makes that harmless.
                LOG.warnf("Inbox consumer restarting after %s", e.getClass().getSimpleName());
                retries.clear();
                pause(Duration.ofSeconds(1));
            } finally {
                consumer = null;
            }
        }
    }

    /** Commits what was processed before partitions move or the consumer closes; a failure only means replays. */
    private static void commitNow(Consumer<String, byte[]> consumer, Map<TopicPartition, OffsetAndMetadata> processed) {
        if (processed.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(Map.copyOf(processed), Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debugf("Offset commit failed (%s); the events come again and the inbox skips them",
                    e.getClass().getSimpleName());
        } finally {
            processed.clear();
        }
    }

    /**
     * Applies a partition's records in order: each run of one clinic's events in one transaction, and a run that
     * fails as a whole one event at a time, so that only the failing event is retried or dead-lettered.
     */
    private void consume(Consumer<String, byte[]> consumer, TopicPartition partition,
            List<ConsumerRecord<String, byte[]>> records, Map<TopicPartition, OffsetAndMetadata> processed) {
        List<IncomingEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            events.add(wellFormed(record));
        }
        int start = 0;
        while (start < records.size()) {
            int end = runEnd(events, start);
            if (end - start > 1 && applyTogether(events.subList(start, end))) {
                retries.remove(partition);
                processed.put(partition, new OffsetAndMetadata(records.get(end - 1).offset() + 1));
                start = end;
                continue;
            }
            for (int i = start; i < end; i++) {
                if (!process(consumer, partition, records.get(i))) {
                    return;
                }
                processed.put(partition, new OffsetAndMetadata(records.get(i).offset() + 1));
            }
            start = end;
        }
    }

    /**
     * The end (exclusive) of the run from {@code start}: consecutive well-formed events of the same clinic. A malformed
     * one (null) is a run of its own, for {@link #process} to dead-letter.
     */
    private int runEnd(List<IncomingEvent> events, int start) {
        if (events.get(start) == null) {
            return start + 1;
        }
        String clinic = events.get(start).clinicId();
        int end = start + 1;
        while (end < events.size() && end - start < config.maxEventsPerTransaction() && events.get(end) != null
                && Objects.equals(clinic, events.get(end).clinicId())) {
            end++;
        }
        return end;
    }

    /** The record's event, or null when it is poison. */
    private static IncomingEvent wellFormed(ConsumerRecord<String, byte[]> record) {
        try {
            return IncomingEvent.from(record);
        } catch (PoisonEventException e) {
            return null;
        }
    }

    /** False when some event of the run failed; nothing of the run was applied then. */
    private boolean applyTogether(List<IncomingEvent> run) {
        List<InboxProcessor.Delivery> deliveries = new ArrayList<>();
        for (IncomingEvent event : run) {
            List<EventHandler> wanted = handlersFor(event);
            if (!wanted.isEmpty()) {
                deliveries.add(new InboxProcessor.Delivery(event, wanted));
            }
        }
        if (deliveries.isEmpty()) {
            return true;
        }
        try {
            for (InboxProcessor.Applied outcome : processor.applyTogether(deliveries.get(0).event().clinicId(), deliveries)) {
                count(outcome.handler(), outcome.applied());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("A run of %d events failed together (%s); applying them one at a time", run.size(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private List<EventHandler> handlersFor(IncomingEvent event) {
        List<EventHandler> wanted = new ArrayList<>();
        for (EventHandler handler : handlersByTopic.getOrDefault(event.topic(), List.of())) {
            if (handler.eventTypes().contains(event.type())) {
                wanted.add(handler);
            }
        }
        return wanted;
    }

    private void count(EventHandler handler, boolean applied) {
        registry.counter("carepath.inbox.events", "handler", handler.name(), "outcome", applied ? "applied" : "duplicate")
                .increment();
    }

    /** Returns false when the record must be retried later: its partition is paused and rewound. */
    private boolean process(Consumer<String, byte[]> consumer, TopicPartition partition,
            ConsumerRecord<String, byte[]> record) {
        try {
            IncomingEvent event = IncomingEvent.from(record);
            for (EventHandler handler : handlersFor(event)) {
                count(handler, processor.apply(handler, event));
            }
            retries.remove(partition);
            return true;
        } catch (Exception e) {
            Retry retry = retries.get(partition);
            Instant now = Instant.now();
            boolean sameRecord = retry != null && retry.offset() == record.offset();
            Instant firstFailure = sameRecord ? retry.firstFailure() : now;
            if (TransientFailures.isTransient(e) && now.isBefore(firstFailure.plus(config.maxRetryDuration()))) {
                return retryLater(consumer, partition, record, sameRecord ? retry : null, firstFailure, e);
            }
            return deadLetter(consumer, partition, record, e, sameRecord ? retry : null, firstFailure);
        }
    }

    private boolean deadLetter(Consumer<String, byte[]> consumer, TopicPartition partition,
            ConsumerRecord<String, byte[]> record, Exception error, Retry retry, Instant firstFailure) {
        try {
            deadLetters.send(record, config.groupId(), error);
            registry.counter("carepath.inbox.dead.letters", "topic", record.topic()).increment();
            LOG.errorf("Event at %s-%d@%d dead-lettered: %s", record.topic(), record.partition(), record.offset(),
                    error.getClass().getSimpleName());
            retries.remove(partition);
            return true;
        } catch (Exception sendFailure) {
            if (sendFailure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("Cannot dead-letter %s-%d@%d yet (%s); it stays unacknowledged", record.topic(),
                    record.partition(), record.offset(), sendFailure.getClass().getSimpleName());
            return retryLater(consumer, partition, record, retry, firstFailure, error);
        }
    }

    private boolean retryLater(Consumer<String, byte[]> consumer, TopicPartition partition,
            ConsumerRecord<String, byte[]> record, Retry previous, Instant firstFailure, Exception error) {
        Duration backoff = previous == null ? config.initialBackoff()
                : min(previous.backoff().multipliedBy(2), config.maxBackoff());
        if (previous == null) {
            LOG.warnf("Event at %s-%d@%d failed transiently (%s); retrying", record.topic(), record.partition(),
                    record.offset(), error.getClass().getSimpleName());
        }
        retries.put(partition, new Retry(record.offset(), firstFailure, backoff, Instant.now().plus(backoff)));
        consumer.seek(partition, record.offset());
        consumer.pause(List.of(partition));
        return false;
    }

    private void resumeDue(Consumer<String, byte[]> consumer) {
        Instant now = Instant.now();
        Set<TopicPartition> due = new HashSet<>();
        for (TopicPartition paused : consumer.paused()) {
            Retry retry = retries.get(paused);
            if (retry == null || !now.isBefore(retry.resumeAt())) {
                due.add(paused);
            }
        }
        if (!due.isEmpty()) {
            consumer.resume(due);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
