package org.carepath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a service spends its CPU during a measured window: a JFR recording of the JVM's execution samples
 * (started with {@code jcmd <pid> JFR.start}, which samples running Java threads every 10-20 ms), summarised as
 * the share of samples whose top frame is each method ("self" time) and each library.
 */
final class CpuProfile {

    /** Libraries by package prefix, in the order they are tested; the rest is "other". */
    private static final List<String[]> LIBRARIES = List.of(
            new String[] { "org.hibernate.", "Hibernate ORM" },
            new String[] { "org.postgresql.", "PostgreSQL JDBC driver" },
            new String[] { "io.agroal.", "Agroal pool" },
            new String[] { "com.arjuna.", "Narayana transactions" },
            new String[] { "com.fasterxml.jackson.", "Jackson JSON" },
            new String[] { "org.jose4j.", "JWT verification (jose4j)" },
            new String[] { "io.smallrye.jwt.", "JWT verification (jose4j)" },
            new String[] { "org.apache.kafka.", "Kafka client" },
            new String[] { "io.netty.", "Netty and Vert.x" },
            new String[] { "io.vertx.", "Netty and Vert.x" },
            new String[] { "org.jboss.resteasy.", "RESTEasy Reactive" },
            new String[] { "io.quarkus.", "Quarkus and ArC" },
            new String[] { "org.hibernate.validator.", "Hibernate Validator" },
            new String[] { "org.carepath.", "CarePath code" },
            new String[] { "java.", "JDK" },
            new String[] { "jdk.", "JDK" },
            new String[] { "sun.", "JDK" });

    private final long pid;
    private final Path file;

    private CpuProfile(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /**
     * Starts a recording in the process that begins after {@code delay} (a load's warm-up) and lasts
     * {@code duration} (its measured window), then stops by itself.
     */
    static CpuProfile start(long pid, Path file, Duration delay, Duration duration)
            throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        run(List.of(jdkTool("jcmd"), Long.toString(pid), "JFR.start", "name=bench-cpu-" + file.getFileName(),
                "settings=profile", "delay=" + Math.max(1, delay.toSeconds()) + "s",
                "duration=" + Math.max(1, duration.toSeconds()) + "s", "filename=" + file));
        return new CpuProfile(pid, file);
    }

    /**
     * Profiles these services (by the stack's names) over a load's measured window; {@link Profiles#report} then
     * writes what they show.
     */
    static Profiles during(BenchContext bench, String label, List<String> services) throws IOException,
            InterruptedException {
        Scale scale = bench.scale();
        Map<String, CpuProfile> profiles = new java.util.LinkedHashMap<>();
        for (String service : services) {
            Path file = bench.settings().home().resolve("profiles")
                    .resolve((label + "-" + service).replaceAll("[^A-Za-z0-9-]+", "-") + ".jfr");
            profiles.put(service, start(bench.stack().pid(service), file, scale.warmup(), scale.measure()));
        }
        return new Profiles(label, profiles);
    }

    /** Recordings of several services over one load. */
    record Profiles(String label, Map<String, CpuProfile> services) {

        /** Adds each service's hottest libraries and methods to the report, as notes; a profile is never fatal. */
        void report(Report report) throws InterruptedException {
            for (Map.Entry<String, CpuProfile> service : services.entrySet()) {
                Summary summary;
                try {
                    summary = service.getValue().finish(java.time.Duration.ofMinutes(2));
                } catch (IOException e) {
                    report.note("No CPU profile of " + service.getKey() + " during " + label + ": " + e.getMessage());
                    continue;
                }
                report.note("CPU profile of " + service.getKey() + " during " + label + " (JFR, " + summary.samples()
                        + " execution samples, share by top frame): libraries " + String.join("; ", summary.libraries())
                        + ". Methods: " + String.join("; ", summary.methods()) + ".");
            }
        }
    }

    /** Waits for the recording to be written and summarises it: top methods and libraries by share of samples. */
    Summary finish(Duration maxWait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500); // the file appears before JFR has finished writing it
        if (!Files.exists(file)) {
            throw new IOException("JFR recording of process " + pid + " was not written to " + file);
        }
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        int samples = 0;
        Process print = new ProcessBuilder(jdkTool("jfr"), "print", "--events", "jdk.ExecutionSample",
                "--stack-depth", "1", file.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(print.getInputStream(),
                StandardCharsets.UTF_8))) {
            boolean topFrameNext = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.trim();
                if (trimmed.startsWith("stackTrace = [")) {
                    topFrameNext = true;
                } else if (topFrameNext) {
                    topFrameNext = false;
                    String method = trimmed.replaceAll("\\s+line:.*$", "");
                    samples++;
                    methods.merge(method, 1, Integer::sum);
                    libraries.merge(library(method), 1, Integer::sum);
                }
            }
        }
        print.waitFor(2, TimeUnit.MINUTES);
        return new Summary(samples, top(methods, samples, 12), top(libraries, samples, 12));
    }

    /** @param methods and libraries each "name: share" in falling order */
    record Summary(int samples, List<String> methods, List<String> libraries) {
    }

    private static String library(String method) {
        for (String[] library : LIBRARIES) {
            if (method.startsWith(library[0])) {
                return library[1];
            }
        }
        return "other";
    }

    private static List<String> top(Map<String, Integer> counts, int samples, int limit) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : sorted.subList(0, Math.min(limit, sorted.size()))) {
            top.add(String.format("%s %.1f%%", entry.getKey(), 100.0 * entry.getValue() / Math.max(1, samples)));
        }
        return top;
    }

    private static String jdkTool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(tool) ? tool.toString() : name;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
