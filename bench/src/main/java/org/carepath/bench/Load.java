package org.carepath.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load drivers. Every run is bounded in time. Latencies are recorded in an HdrHistogram in microseconds; requests
 * that start during the warm-up are not counted.
 */
public final class Load {

    /** Latencies above a minute are recorded as a minute. */
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    /** One request: {@code sequence} is unique across all clients of a run. Returns the HTTP status. */
    @FunctionalInterface
    public interface Request {
        int send(int client, long sequence) throws Exception;
    }

    /**
     * Told when a closed loop's measured window opens and when it closes, from the thread that started the clients,
     * so that a benchmark can measure something else over exactly that window (the processes' CPU time).
     */
    public interface Window {

        Window NONE = new Window() {
            @Override
            public void opened() {
            }

            @Override
            public void closed() {
            }
        };

        void opened();

        void closed();
    }

    private Load() {
    }

    /**
     * {@code clients} threads, each sending its next request as soon as the last is answered, for the warm-up and
     * then the measured window.
     */
    public static LoadResult closedLoop(String label, int clients, Duration warmup, Duration measure,
            Request request) throws InterruptedException {
        return closedLoop(label, clients, warmup, measure, Window.NONE, request);
    }

    /** The same, telling {@code window} when the measured window opens and closes. */
    public static LoadResult closedLoop(String label, int clients, Duration warmup, Duration measure, Window window,
            Request request) throws InterruptedException {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    int status = sendCounting(request, client, sequence.getAndIncrement());
                    long answered = System.nanoTime();
                    if (now >= measureFrom && answered <= end) {
                        recorder.recordValue(Math.min(MAX_MICROS, (answered - now) / 1000));
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                }
            }, label + "-client-" + client);
            thread.start();
            threads.add(thread);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(measureFrom - System.nanoTime());
            window.opened();
            TimeUnit.NANOSECONDS.sleep(end - System.nanoTime());
            window.closed();
        } finally {
            for (Thread thread : threads) {
                thread.join();
            }
        }
        Histogram latency = recorder.getIntervalHistogram();
        return new LoadResult(label, clients, latency.getTotalCount(), counts(statuses), measure.toNanos() / 1e9,
                latency);
    }

    /**
     * Requests started at a fixed rate for {@code duration}, whatever the answers take (open loop), by up to
     * {@code maxInFlight} threads. Latency is counted from when a request was due, so a stall shows in it.
     */
    public static LoadResult fixedRate(String label, double perSecond, Duration duration, int maxInFlight,
            Request request) throws InterruptedException {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight);
        long intervalNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long total = (long) (perSecond * duration.toNanos() / 1e9);
        for (long n = 0; n < total; n++) {
            long due = start + n * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long sequence = n;
            pool.execute(() -> {
                int status = sendCounting(request, (int) (sequence % maxInFlight), sequence);
                recorder.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - due) / 1000));
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram latency = recorder.getIntervalHistogram();
        return new LoadResult(label, maxInFlight, latency.getTotalCount(), counts(statuses), seconds, latency);
    }

    /** A request that throws (refused connection, timeout) counts as status 0. */
    private static int sendCounting(Request request, int client, long sequence) {
        try {
            return request.send(client, sequence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static Map<Integer, Long> counts(Map<Integer, AtomicLong> statuses) {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }
}
