package org.carepath.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.carepath.local.LocalSettings;
import org.carepath.local.LocalStack;

/**
 * Starts the suite on the embedded infrastructure (as {@code ./carepath} does, on free ports with fresh data),
 * runs the benchmarks in order and writes the report.
 *
 * <pre>java org.carepath.bench.Bench [--smoke] [--out FILE] [--only TITLE-WORD,...]</pre>
 */
public final class Bench {

    /** In this order: start-up and idle memory first, while the services are idle; the broker outage last. */
    static List<Benchmark> all() {
        return List.of(new StartupMemory(), new GatewayOverhead(), new BookingThroughput(),
                new AssessmentRecording(), new ReadsAtSize(), new EventLag());
    }

    /**
     * The gateway's per-clinic rate limits (20 requests/s for a clinic's staff) would measure the limiter, not the
     * suite: the benchmarks lift them. The limiter still counts every request, so its cost is in the figures.
     */
    static final Map<String, String> UNLIMITED = Map.of(
            "carepath.gateway.rate-limits.per-minute.clinic-staff", "100000000",
            "carepath.gateway.rate-limits.per-minute.clinician", "100000000",
            "carepath.gateway.rate-limits.per-minute.prescriber", "100000000",
            "carepath.gateway.rate-limits.per-minute.patient", "100000000",
            "carepath.gateway.rate-limits.per-minute.analytics", "100000000");

    /** Fine enough that a measured start-up is not rounded up to the launcher's 500 ms poll. */
    static final Duration READINESS_POLL = Duration.ofMillis(20);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Scale scale = arguments.contains("--smoke") ? Scale.smoke() : Scale.full();
        Path repository = Path.of(System.getProperty("carepath.repository", ".")).toAbsolutePath().normalize();
        Path out = Path.of(option(arguments, "--out", repository.resolve("bench/results/REPORT.md").toString()));
        List<String> only = Arrays.asList(option(arguments, "--only", "").toLowerCase().split(","));
        Report report = run(repository, scale, only);
        report.write(out);
        System.out.println("[bench] report written to " + out);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    /** Runs the benchmarks whose title contains one of {@code only} (all when it is empty) and returns the report. */
    public static Report run(Path repository, Scale scale, List<String> only) throws Exception {
        Report report = new Report();
        LocalSettings settings = LocalSettings.onFreePorts(repository, repository.resolve("bench/target/bench-home"));
        LocalStack stack = new LocalStack(settings, System.getProperty("java.class.path"))
                .configure("gateway", UNLIMITED).pollReadinessEvery(READINESS_POLL);
        Thread stopOnExit = new Thread(stack::stop, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            long starting = System.nanoTime();
            stack.start();
            Duration startup = Duration.ofNanos(System.nanoTime() - starting);
            BenchContext bench = new BenchContext(settings, stack, scale, report, startup);
            Machine.describe(bench, repository);
            for (Benchmark benchmark : selected(only)) {
                report.section(benchmark.title());
                System.out.println("[bench] " + benchmark.title());
                try {
                    benchmark.run(bench);
                } catch (Exception | AssertionError e) {
                    e.printStackTrace();
                    report.failed(e.toString());
                }
            }
        } finally {
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        return report;
    }

    private static List<Benchmark> selected(List<String> only) {
        List<Benchmark> selected = new ArrayList<>();
        for (Benchmark benchmark : all()) {
            String title = benchmark.title().toLowerCase();
            if (only.stream().allMatch(String::isBlank) || only.stream().anyMatch(w -> !w.isBlank() && title.contains(w))) {
                selected.add(benchmark);
            }
        }
        return selected;
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
