package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of running processes as Linux counts it in {@code /proc/PID/stat}: user plus system time of all the
 * process's threads, in clock ticks of 1/100 s.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU time (user and system, all threads) a process has used so far, in seconds. */
    static double seconds(long pid) throws IOException {
        return own(stat(pid)) / TICKS_PER_SECOND;
    }

    /**
     * A process and its children (PostgreSQL's postmaster and its backends, checkpointer, autovacuum...), in seconds:
     * its own time, that of every process whose parent it is, and that of its children that ended, which the kernel
     * adds to the parent's cutime and cstime when it reaps them, so a backend that ends within a window still counts.
     */
    static double secondsWithChildren(long pid) throws IOException {
        String[] parent = stat(pid);
        // cutime and cstime, fields 16 and 17 of proc(5)
        long ticks = own(parent) + Long.parseLong(parent[13]) + Long.parseLong(parent[14]);
        List<Long> processes;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            processes = entries.map(entry -> entry.getFileName().toString()).filter(name -> name.matches("[0-9]+"))
                    .map(Long::valueOf).toList();
        }
        for (long process : processes) {
            try {
                String[] fields = stat(process);
                // ppid, field 4 of proc(5)
                if (Long.parseLong(fields[1]) == pid) {
                    ticks += own(fields);
                }
            } catch (IOException e) {
                // a process that ended meanwhile
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** utime and stime, fields 14 and 15 of proc(5). */
    private static long own(String[] fields) {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The fields of {@code /proc/PID/stat} after the command name (which may hold spaces): state, ppid, ... */
    private static String[] stat(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
