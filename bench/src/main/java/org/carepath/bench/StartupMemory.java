package org.carepath.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.carepath.local.LocalStack;

/**
 * Start-up and memory, measured first while the suite is still idle. Each service is stopped and started again as
 * the launcher starts it; its time to healthy runs from the process start to the first 200 from
 * {@code /q/health/ready} (asked every 20 ms). Its resident memory is read a few seconds after the last start, idle.
 * The whole stack's start is the harness's own {@link LocalStack#start()}; its memory is PostgreSQL's processes, the
 * Kafka broker and the four services.
 */
final class StartupMemory implements Benchmark {

    static final List<String> SERVICES = List.of("intake", "scheduling", "outcomes", "gateway");
    static final double STARTUP_TARGET_SECONDS = 3;
    static final double MEMORY_TARGET_MEGABYTES = 250;

    @Override
    public String title() {
        return "Start-up and memory";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Report report = bench.report();
        LocalStack stack = bench.stack();
        ProcessMemory.Usage services = ProcessMemory.NONE;
        for (String service : SERVICES) {
            List<Double> seconds = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < bench.scale().startups(); i++) {
                stack.stop(service, false);
                long starting = System.nanoTime();
                stack.restart(service);
                seconds.add((System.nanoTime() - starting) / 1e9);
                cpu.add(ProcessCpu.seconds(stack.pid(service)));
            }
            System.out.println("[bench] " + service + " starts: " + seconds + " s, CPU " + cpu + " s");
            report.figure(service + " time to healthy (median of " + seconds.size() + " starts)", median(seconds),
                    "s", Target.atMost(STARTUP_TARGET_SECONDS));
            if (seconds.size() > 1) {
                report.figure(service + " slowest start", Collections.max(seconds), "s");
            }
            report.figure(service + " CPU time used until healthy (median)", median(cpu), "s");
            Thread.sleep(bench.scale().idle().toMillis());
            ProcessMemory.Usage memory = ProcessMemory.of(stack.pid(service));
            services = services.plus(memory);
            report.figure(service + " idle resident memory (RSS)", memory.residentMegabytes(), "MB",
                    Target.atMost(MEMORY_TARGET_MEGABYTES));
        }
        ProcessMemory.Usage postgres = ProcessMemory.withDescendants(stack.pid("postgres"));
        ProcessMemory.Usage kafka = ProcessMemory.of(stack.pid("kafka"));
        ProcessMemory.Usage whole = postgres.plus(kafka).plus(services);
        report.figure("whole local stack: start to all ready", bench.stackStartup().toMillis() / 1000.0, "s");
        report.figure("PostgreSQL, all processes (RSS)", postgres.residentMegabytes(), "MB");
        report.figure("Kafka broker (RSS)", kafka.residentMegabytes(), "MB");
        report.figure("four services (RSS)", services.residentMegabytes(), "MB");
        report.figure("whole local stack (RSS)", whole.residentMegabytes(), "MB");
        report.figure("whole local stack (PSS, shared pages counted once)", whole.proportionalMegabytes(), "MB");
        report.note("Services run with `" + ProcessMemory.jvmOptions(stack.pid("intake")) + "` (as `./carepath`"
                + " starts them), the broker with `" + ProcessMemory.jvmOptions(stack.pid("kafka")) + "`. Time to"
                + " healthy is from starting the service's process (the JVM included) to the first 200 from"
                + " `/q/health/ready`, polled every " + Bench.READINESS_POLL.toMillis() + " ms, each service started"
                + " alone while the rest of the stack idles; memory is read " + bench.scale().idle().toSeconds()
                + " s after the last start, before any load. The whole stack's start is PostgreSQL, the broker and"
                + " the four services started together (fresh data, so Flyway creates every schema). 1 MB = 10^6"
                + " bytes. PostgreSQL's processes share its buffers, so their RSS sum counts shared pages more than"
                + " once; PSS counts them once. The CPU time is user plus system time of all the JVM's threads"
                + " (the JIT compilers' too) until it answered ready: on a machine of two cores, time to healthy"
                + " cannot be much less than half of it.");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
