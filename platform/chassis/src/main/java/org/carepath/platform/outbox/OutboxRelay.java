package org.carepath.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.carepath.platform.events.CloudEventHeaders;
import org.carepath.platform.events.Topics;
import org.carepath.platform.kafka.KafkaSettings;
import org.carepath.platform.persistence.SqlTimes;
import org.carepath.platform.tenancy.Tenancy;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to Kafka in id order as CloudEvents, and marks them sent only once the
 * broker has acknowledged them. While the broker is down it backs off and retries; rows wait, never vanish.
 * A PostgreSQL advisory lock lets exactly one instance of a service relay at a time, which keeps order.
 * Rows of a de-identified topic wait for the end of their {@link ReleasePeriod} and go out together, in an
 * order shuffled across keys (each key's rows stay in id order), each record stamped with the period's end.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock; one per database, so one per service. */
    private static final long RELAY_LOCK = 0x0C0A_12E0_0B0CL;
    private static final Duration STATS_INTERVAL = Duration.ofSeconds(1);
    private static final String SELECT_ROWS = "select id, cast(event_id as text), topic, record_key, event_type,"
            + " source, subject, clinic_id, request_id, occurred_at, cast(payload as text) from outbox_event";

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    KafkaSettings kafka;

    @Inject
    MeterRegistry registry;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private boolean wakeUpPending;
    private volatile boolean running;
    private volatile String lastError;
    private Thread thread;
    private Producer<String, byte[]> producer;
    private Instant statsRefreshedAt = Instant.EPOCH;
    private Instant housekeptAt = Instant.EPOCH;
    private ReleasePeriod releasePeriod;
    private Instant shuffledFor = Instant.EPOCH;
    private String shuffle;
    /** The end of the last period whose de-identified rows all went out; no need to look again until the next. */
    private Instant releasedAllUpTo = Instant.EPOCH;
    private long roundStartedAt;

    void start(@Observes StartupEvent startup) {
        releasePeriod = new ReleasePeriod(config.deidentifiedReleasePeriod());
        Gauge.builder("carepath.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events due but not yet acknowledged by Kafka (de-identified ones are due when"
                        + " their release period ends)").register(registry);
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            wakeUp();
            try {
                thread.join(config.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Called after a transaction with outbox rows commits, so they go out without waiting for a poll. */
    public void wakeUp() {
        lock.lock();
        try {
            wakeUpPending = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public long backlog() {
        return backlog.get();
    }

    /** How long the oldest unpublished row has been due, zero when there is none. */
    public Duration oldestPendingAge() {
        long millis = oldestPendingMillis.get();
        return millis == 0 ? Duration.ZERO : Duration.ofMillis(Math.max(0, System.currentTimeMillis() - millis));
    }

    public String lastError() {
        return lastError;
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                spaceRounds();
                Batch batch = Tenancy.callOutsideAnyClinic(this::publishBatch);
                refreshStats(batch.failure() != null);
                if (batch.failure() != null) {
                    throw batch.failure();
                }
                if (lastError != null) {
                    LOG.info("Outbox relay publishing again");
                    lastError = null;
                }
                backoff = config.initialBackoff();
                if (!batch.full()) {
                    housekeep();
                    await(config.pollInterval());
                }
            } catch (Exception e) {
                if (lastError == null) {
                    LOG.warnf("Outbox relay cannot publish (%s: %s); retrying with backoff", e.getClass().getSimpleName(), e.getMessage());
                    LOG.debug("Outbox publish failure", e);
                }
                lastError = e.getClass().getSimpleName();
                closeProducer();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /** @param full a query returned as many rows as it may, so more may be waiting */
    private record Batch(boolean full, Exception failure) {
    }

    private record Row(long id, String eventId, String topic, String key, String type, String source,
            String subject, String clinicId, String requestId, OffsetDateTime occurredAt, String payload) {
    }

    private Batch publishBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) config.sendTimeout().toSeconds() + 30).call(() -> {
            Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return new Batch(false, null);
            }
            Instant releasedUpTo = releasePeriod.lastEndAtOrBefore(Instant.now());
            List<Row> identified = pending();
            List<Row> released = releasedUpTo.equals(releasedAllUpTo) ? List.of() : released(releasedUpTo);
            boolean full = identified.size() == config.batchSize() || released.size() == config.batchSize();
            List<Row> rows = new ArrayList<>(identified);
            rows.addAll(released);
            if (rows.isEmpty()) {
                return new Batch(false, null);
            }
            Producer<String, byte[]> producer = producer();
            List<Future<?>> sends = new ArrayList<>(rows.size());
            for (Row row : identified) {
                sends.add(producer.send(toRecord(row, null)));
            }
            for (Row row : released) {
                sends.add(producer.send(toRecord(row, releasedUpTo.toEpochMilli())));
            }
            producer.flush();
            List<Long> sent = new ArrayList<>(rows.size());
            Exception failure = null;
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (int i = 0; i < rows.size(); i++) {
                try {
                    sends.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(rows.get(i).id());
                } catch (Exception e) {
                    // The idempotent producer fails every later record of the partition too, so what was
                    // acknowledged before the failure is a prefix and order per key is kept on retry.
                    failure = failure == null ? e : failure;
                }
            }
            if (!sent.isEmpty()) {
                em.createNativeQuery("update outbox_event set sent_at = now() where id = any(?1)")
                        .setParameter(1, sent.toArray(new Long[0])).executeUpdate();
            }
            if (failure == null && released.size() < config.batchSize()) {
                // A row of that period committed after this read (its transaction began before the period ended)
                // goes out with the next period's rows: late by a period, never lost.
                releasedAllUpTo = releasedUpTo;
            }
            return new Batch(full, failure);
        });
    }

    /** Rows of identified topics, in id order. */
    private List<Row> pending() {
        return rows(em.createNativeQuery(SELECT_ROWS + " where sent_at is null and topic <> all(?1) order by id"
                + " limit ?2").setParameter(1, Topics.DEIDENTIFIED.toArray(new String[0]))
                .setParameter(2, config.batchSize()));
    }

    /**
     * Rows of de-identified topics recorded before the end of the last period, in an order shuffled across keys:
     * keys in the order of a keyed hash that is new for each period, each key's rows in id order. A batch cut by the
     * limit, or by a failure, therefore leaves each key a suffix of its rows to go out later, still in order.
     */
    private List<Row> released(Instant releasedUpTo) {
        if (!releasedUpTo.equals(shuffledFor)) {
            shuffledFor = releasedUpTo;
            shuffle = UUID.randomUUID().toString();
        }
        return rows(em.createNativeQuery(SELECT_ROWS + " where sent_at is null and topic = any(?1)"
                + " and occurred_at < ?2 order by md5(record_key || ?3), id limit ?4")
                .setParameter(1, Topics.DEIDENTIFIED.toArray(new String[0]))
                .setParameter(2, releasedUpTo.atOffset(ZoneOffset.UTC))
                .setParameter(3, shuffle)
                .setParameter(4, config.batchSize()));
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(Query query) {
        List<Object[]> result = query.getResultList();
        List<Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], SqlTimes.toOffsetDateTime(r[9]), (String) r[10]));
        }
        return rows;
    }

    /** @param releasedAt the record's timestamp; null for the producer's clock */
    private static ProducerRecord<String, byte[]> toRecord(Row row, Long releasedAt) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), null, releasedAt, row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.eventId());
        header(headers, CloudEventHeaders.TYPE, row.type());
        header(headers, CloudEventHeaders.SOURCE, row.source());
        header(headers, CloudEventHeaders.SUBJECT, row.subject());
        if (!Topics.isDeidentified(row.topic())) {
            header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.occurredAt()));
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.CLINIC_ID, row.clinicId());
        header(headers, CloudEventHeaders.REQUEST_ID, row.requestId());
        return record;
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void refreshStats(boolean force) {
        Instant now = Instant.now();
        if (!force && now.isBefore(statsRefreshedAt.plus(STATS_INTERVAL))) {
            return;
        }
        statsRefreshedAt = now;
        try {
            // A de-identified row is due when its release period ends: until then it is not late, nor counted.
            OffsetDateTime releasedUpTo = releasePeriod.lastEndAtOrBefore(now).atOffset(ZoneOffset.UTC);
            Object[] stats = Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                    "select count(*), min(case when topic = any(?1) then to_timestamp((floor(extract(epoch from"
                    + " occurred_at) * 1000 / ?3) + 1) * ?3 / 1000.0) else occurred_at end) from outbox_event"
                    + " where sent_at is null and (topic <> all(?1) or occurred_at < ?2)")
                    .setParameter(1, Topics.DEIDENTIFIED.toArray(new String[0])).setParameter(2, releasedUpTo)
                    .setParameter(3, releasePeriod.length().toMillis())
                    .getSingleResult()));
            backlog.set(((Number) stats[0]).longValue());
            oldestPendingMillis.set(stats[1] == null ? 0 : SqlTimes.toOffsetDateTime(stats[1]).toInstant().toEpochMilli());
        } catch (RuntimeException e) {
            LOG.debug("Cannot read outbox backlog", e);
        }
    }

    private void housekeep() {
        Instant now = Instant.now();
        if (now.isBefore(housekeptAt.plus(Duration.ofMinutes(10)))) {
            return;
        }
        housekeptAt = now;
        Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from outbox_event where sent_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(config.retention())).executeUpdate()));
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(kafka.reliableProducer("outbox-relay", config.sendTimeout().toMillis()));
        }
        return producer;
    }

    /** A fresh producer after a failure starts a new idempotence session instead of reusing a broken one. */
    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** Waits until {@link OutboxConfig#minRoundInterval()} has passed since the last round began. */
    private void spaceRounds() throws InterruptedException {
        long wait = config.minRoundInterval().toNanos() - (System.nanoTime() - roundStartedAt);
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        roundStartedAt = System.nanoTime();
    }

    private void await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            if (!wakeUpPending && running) {
                work.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeUpPending = false;
        } finally {
            lock.unlock();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
