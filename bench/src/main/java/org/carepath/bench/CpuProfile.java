package org.carepath.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

/**
 * Where a service spends its CPU under a load, once warm: async-profiler (a Maven dependency of the bench)
 * loaded into the service through the JDK's attach API, sampling CPU time ({@code event=itimer}; JFR's
 * execution sampler caught almost no samples on this VM), summarised as the share of samples whose top frame is each
 * method ("self" time) and each library. Samples in the JIT compilers and the GC count too, as their own frames.
 */
final class CpuProfile {

    /** Libraries by package prefix, in the order they are tested; the rest is "other". */
    private static final List<String[]> LIBRARIES = List.of(
            new String[] { "org/hibernate/validator", "Hibernate Validator" },
            new String[] { "org/hibernate", "Hibernate ORM" },
            new String[] { "org/postgresql", "PostgreSQL JDBC driver" },
            new String[] { "io/agroal", "Agroal pool" },
            new String[] { "com/arjuna", "Narayana transactions" },
            new String[] { "com/fasterxml/jackson", "Jackson JSON" },
            new String[] { "org/jose4j", "JWT (jose4j, smallrye-jwt)" },
            new String[] { "io/smallrye/jwt", "JWT (jose4j, smallrye-jwt)" },
            new String[] { "org/apache/kafka", "Kafka client" },
            new String[] { "io/netty", "Netty and Vert.x" },
            new String[] { "io/vertx", "Netty and Vert.x" },
            new String[] { "org/jboss/resteasy", "RESTEasy Reactive" },
            new String[] { "io/quarkus", "Quarkus and ArC" },
            new String[] { "org/carepath", "CarePath code" },
            new String[] { "java/", "JDK" },
            new String[] { "jdk/", "JDK" },
            new String[] { "sun/", "JDK" },
            new String[] { "CompileBroker", "JIT compiler" },
            new String[] { "C2Compiler", "JIT compiler" },
            new String[] { "Compile::", "JIT compiler" },
            new String[] { "GC", "garbage collector" },
            new String[] { "[vmthread", "JVM threads" });

    private final long pid;
    private final Path output;

    private CpuProfile(long pid, Path output) {
        this.pid = pid;
        this.output = output;
    }

    /** Starts sampling the process's CPU now. */
    static CpuProfile start(long pid, Path output) throws IOException {
        Files.createDirectories(output.getParent());
        Files.deleteIfExists(output);
        agent(pid, "start,event=itimer");
        return new CpuProfile(pid, output);
    }

    /** Stops sampling and summarises the samples: top methods and libraries by share. */
    Summary stop() throws IOException {
        agent(pid, "stop,collapsed,file=" + output);
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        long samples = 0;
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String stack = line.substring(0, space);
            String top = stack.substring(stack.lastIndexOf(';') + 1);
            samples += count;
            methods.merge(top, count, Long::sum);
            libraries.merge(library(stack, top), count, Long::sum);
        }
        return new Summary(samples, top(methods, samples, 12), top(libraries, samples, 14));
    }

    /** How much of a load's warm-up is profiled: its end, when the JIT has compiled what the load runs. */
    static final Duration PROFILED = Duration.ofSeconds(20);

    /**
     * Profiles these services (by the stack's names) over the last {@link #PROFILED} of a load's warm-up, so the
     * profiler's own cost stays out of the measured window: call as the load starts, and {@link Profiles#report}
     * once it has ended.
     */
    static Profiles during(BenchContext bench, String label, List<String> services) {
        Duration warmup = bench.scale().warmup();
        Duration profiled = warmup.compareTo(PROFILED) < 0 ? warmup : PROFILED;
        Map<String, Summary> summaries = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Thread profiler = new Thread(() -> {
            Map<String, CpuProfile> running = new LinkedHashMap<>();
            try {
                Thread.sleep(warmup.minus(profiled).toMillis());
                for (String service : services) {
                    Path file = bench.settings().home().resolve("profiles")
                            .resolve((label + "-" + service).replaceAll("[^A-Za-z0-9-]+", "-") + ".collapsed");
                    running.put(service, start(bench.stack().pid(service), file));
                }
                Thread.sleep(profiled.toMillis());
                for (Map.Entry<String, CpuProfile> service : running.entrySet()) {
                    summaries.put(service.getKey(), service.getValue().stop());
                }
            } catch (IOException | InterruptedException e) {
                failures.add(e.toString());
            }
        }, "cpu-profile");
        profiler.setDaemon(true);
        profiler.start();
        return new Profiles(label, profiled, profiler, summaries, failures);
    }

    /** Profiles of several services over one load. */
    record Profiles(String label, Duration profiled, Thread profiler, Map<String, Summary> summaries,
            List<String> failures) {

        /** Adds each service's hottest libraries and methods to the report, as notes; a profile is never fatal. */
        void report(Report report) throws InterruptedException {
            profiler.join(Duration.ofMinutes(2).toMillis());
            for (Map.Entry<String, Summary> service : summaries.entrySet()) {
                Summary summary = service.getValue();
                report.note("CPU profile of " + service.getKey() + " during " + label + ", the last "
                        + profiled.toSeconds() + " s of the warm-up (async-profiler, " + summary.samples()
                        + " CPU samples; share of samples by top frame): libraries "
                        + String.join("; ", summary.libraries()) + ". Methods: " + String.join("; ", summary.methods())
                        + ".");
            }
            for (String failure : failures) {
                report.note("No CPU profile during " + label + ": " + failure);
            }
        }
    }

    /** @param methods and libraries each "name share%" in falling order */
    record Summary(long samples, List<String> methods, List<String> libraries) {
    }

    /** The library of a sample: that of its top frame, or of the nearest Java frame below native code. */
    private static String library(String stack, String top) {
        String[] frames = stack.split(";");
        for (int i = frames.length - 1; i >= 0; i--) {
            String frame = frames[i];
            for (String[] library : LIBRARIES) {
                if (frame.startsWith(library[0]) || frame.contains(library[0]) && !frame.contains("/")) {
                    return library[1];
                }
            }
            if (frame.contains("/")) {
                return "other";
            }
        }
        return top.startsWith("[") ? top : "native";
    }

    private static List<String> top(Map<String, Long> counts, long samples, int limit) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(limit, sorted.size()))) {
            top.add(String.format("%s %.1f%%", entry.getKey().replace('/', '.'),
                    100.0 * entry.getValue() / Math.max(1, samples)));
        }
        return top;
    }

    /**
     * Loads async-profiler into the process with these arguments through the JDK's attach API (a second load passes
     * new ones to the same agent). Not {@code jcmd JVMTI.agent_load}: on this JDK it answers return code 100 and the
     * agent never starts.
     */
    private static void agent(long pid, String arguments) throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                vm.loadAgentPath(library().toString(), arguments);
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException | AgentLoadException | AgentInitializationException e) {
            throw new IOException("async-profiler " + arguments + " in process " + pid + ": " + e, e);
        }
    }

    private static Path library;

    /** The agent's native library, taken out of the async-profiler jar on the class path. */
    private static synchronized Path library() throws IOException {
        if (library != null) {
            return library;
        }
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.contains("async-profiler")) {
                try (JarFile jar = new JarFile(entry);
                        InputStream so = jar.getInputStream(jar.getEntry("linux-x64/libasyncProfiler.so"))) {
                    Path file = Files.createTempFile("libasyncProfiler", ".so");
                    Files.copy(so, file, StandardCopyOption.REPLACE_EXISTING);
                    file.toFile().deleteOnExit();
                    library = file;
                    return file;
                }
            }
        }
        throw new IOException("async-profiler is not on the class path");
    }
}
