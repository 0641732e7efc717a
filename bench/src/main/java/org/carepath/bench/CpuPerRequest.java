package org.carepath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carepath.local.LocalStack;

/**
 * The CPU time each process of the stack uses during a load's measured window, per request answered in it: PostgreSQL
 * (the postmaster and all its processes, see {@link ProcessCpu#secondsWithChildren}), the Kafka broker, each service,
 * and this harness's JVM, which is the load generator. Read from {@code /proc/PID/stat} when the window opens and
 * when it closes. pgbench, a child of the harness, never runs during a load.
 */
final class CpuPerRequest implements Load.Window {

    /** The report's name of each process, in the report's order, and its name in {@link LocalStack#pid}. */
    private static final Map<String, String> PROCESSES = processes();

    private final LocalStack stack;
    private Map<String, Double> opened;
    private Map<String, Double> closed;
    private long openedNanos;
    private long closedNanos;

    CpuPerRequest(LocalStack stack) {
        this.stack = stack;
    }

    private static Map<String, String> processes() {
        Map<String, String> processes = new LinkedHashMap<>();
        processes.put("PostgreSQL", "postgres");
        processes.put("Kafka broker", "kafka");
        for (String service : StartupMemory.SERVICES) {
            processes.put(service, service);
        }
        processes.put("load generator", "harness");
        return processes;
    }

    @Override
    public void opened() {
        opened = seconds();
        openedNanos = System.nanoTime();
    }

    @Override
    public void closed() {
        closed = seconds();
        closedNanos = System.nanoTime();
    }

    /**
     * Milliseconds of CPU per request of {@code result} in each process and in all of them ({@code CPU per booking at
     * 16 clients, scheduling: 9.10 ms}), and how many cores they kept busy together.
     */
    void report(Report report, String request, LoadResult result) {
        if (closed == null) {
            throw new IllegalStateException("no measured window was seen");
        }
        String name = "CPU per " + request + " at " + result.clients() + " clients, ";
        double total = 0;
        for (String process : PROCESSES.keySet()) {
            double seconds = closed.get(process) - opened.get(process);
            total += seconds;
            report.figure(name + process, Report.ratio(seconds * 1000, result.requests()), "ms");
        }
        report.figure(name + "all processes", Report.ratio(total * 1000, result.requests()), "ms");
        report.figure("cores busy during the " + request + " window at " + result.clients() + " clients",
                total / ((closedNanos - openedNanos) / 1e9), "cores");
    }

    private Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> process : PROCESSES.entrySet()) {
                seconds.put(process.getKey(), switch (process.getValue()) {
                    case "postgres" -> ProcessCpu.secondsWithChildren(stack.pid("postgres"));
                    case "harness" -> ProcessCpu.seconds(ProcessHandle.current().pid());
                    default -> ProcessCpu.seconds(stack.pid(process.getValue()));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seconds;
    }
}
