package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Memory of running processes as Linux counts it: resident set (VmRSS in {@code /proc/PID/status}) and proportional
 * set (Pss in {@code /proc/PID/smaps_rollup}), in which a page shared by n processes counts 1/n in each. Summing RSS
 * over processes that share memory (PostgreSQL's backends share its buffers) counts the shared pages each time;
 * summing PSS counts them once.
 */
final class ProcessMemory {

    /** Resident and proportional set sizes in bytes. */
    record Usage(long residentBytes, long proportionalBytes) {

        Usage plus(Usage other) {
            return new Usage(residentBytes + other.residentBytes, proportionalBytes + other.proportionalBytes);
        }

        double residentMegabytes() {
            return residentBytes / 1e6;
        }

        double proportionalMegabytes() {
            return proportionalBytes / 1e6;
        }
    }

    static final Usage NONE = new Usage(0, 0);

    private ProcessMemory() {
    }

    static Usage of(long pid) throws IOException {
        return new Usage(kib(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") * 1024,
                kib(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:") * 1024);
    }

    /** A process and all its descendants (PostgreSQL's postmaster and its backends), summed. */
    static Usage withDescendants(long pid) throws IOException {
        List<Long> pids = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(process -> process.descendants().forEach(child -> pids.add(child.pid())));
        Usage total = NONE;
        for (long each : pids) {
            try {
                total = total.plus(of(each));
            } catch (NoSuchFileException e) {
                // a backend that ended meanwhile
            }
        }
        return total;
    }

    /** The options a running JVM was started with ({@code -Xmx256m -XX:+UseSerialGC ...}), system properties left out. */
    static String jvmOptions(long pid) throws IOException {
        // /proc/PID/cmdline rather than ProcessHandle.Info, which gives up on the broker's long class path.
        String[] arguments = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0");
        return String.join(" ", Arrays.stream(arguments).filter(argument -> argument.startsWith("-X")).toList());
    }

    private static long kib(Path file, String key) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException(file + " has no " + key);
    }
}
