package org.carepath.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.carepath.local.LocalSettings;

/**
 * PostgreSQL's own load driver, run against a database of the embedded server with a script of
 * {@code src/main/resources/pgbench}: what a request's database work, or the least of it, can reach on this machine.
 * It runs on the same cores as the server, as the harness does.
 */
final class Pgbench {

    /** PostgreSQL compiles nothing for statements this cheap, so 10 s of warm-up only has to fill its caches. */
    static final Duration WARMUP = Duration.ofSeconds(10);
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: ([0-9]+)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: ([0-9]+)");

    private final Path executable;
    private final LocalSettings settings;

    private Pgbench(Path executable, LocalSettings settings) {
        this.executable = executable;
        this.settings = settings;
    }

    /** pgbench from the PATH, else the newest under /usr/lib/postgresql (bench/run installs it when missing). */
    static Pgbench find(LocalSettings settings) throws IOException {
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "pgbench")).filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return new Pgbench(onPath.get(), settings);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/pgbench")))
                        .max(Comparator.comparingInt(Pgbench::major)).map(v -> v.resolve("bin/pgbench"));
                if (newest.isPresent()) {
                    return new Pgbench(newest.get(), settings);
                }
            }
        }
        throw new IllegalStateException("pgbench is not installed: install Debian's postgresql-client"
                + " (bench/run does)");
    }

    /** The major version a folder under /usr/lib/postgresql is named after. */
    private static int major(Path version) {
        String digits = version.getFileName().toString().replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    String version() throws IOException, InterruptedException {
        return run(List.of(executable.toString(), "--version"), Duration.ofSeconds(10)).trim();
    }

    /**
     * Transactions per second of {@code script} (a resource under {@code pgbench/}) with {@code clients} connections
     * to {@code database}, a transaction being one run of the script: a warm-up run of its own ({@link #WARMUP}, or
     * the scale's warm-up when shorter), then a run as long as the suite's measured window. A smoke run that completed
     * no transaction (opening 64 connections can take its whole second on a busy machine) gives 0, as a smoke load
     * with no answer does; a full run fails instead.
     */
    double tps(Scale scale, String database, String script, int clients, Map<String, String> variables)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile(script.replace(".sql", "-"), ".pgbench.sql");
        try (InputStream resource = Pgbench.class.getClassLoader().getResourceAsStream("pgbench/" + script)) {
            if (resource == null) {
                throw new IllegalArgumentException("no pgbench script " + script);
            }
            Files.write(file, resource.readAllBytes());
            run(database, file, clients, scale.warmup().compareTo(WARMUP) < 0 ? scale.warmup() : WARMUP, variables);
            String out = run(database, file, clients, scale.measure(), variables);
            Matcher tps = TPS.matcher(out);
            if (tps.find()) {
                return Double.parseDouble(tps.group(1));
            }
            Matcher processed = PROCESSED.matcher(out);
            if (scale.isSmoke() && processed.find() && Long.parseLong(processed.group(1)) == 0) {
                return 0;
            }
            throw new IllegalStateException("pgbench printed no tps:\n" + out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Runs the script with {@code clients} connections for {@code duration} (prepared statements, no vacuum of
     * pgbench's own tables) and returns what pgbench printed. Fails if any transaction failed, so a figure is never
     * made of partial work.
     */
    private String run(String database, Path script, int clients, Duration duration, Map<String, String> variables)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-n", "-M", "prepared",
                "-h", "localhost", "-p", Integer.toString(settings.postgresPort()), "-U", "postgres",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients,
                        Runtime.getRuntime().availableProcessors())),
                "-T", Long.toString(Math.max(1, duration.toSeconds())), "-f", script.toString()));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.add(database);
        String out = run(command, duration.plusMinutes(1));
        Matcher failed = FAILED.matcher(out);
        if (out.contains("aborted") || failed.find() && Long.parseLong(failed.group(1)) > 0) {
            throw new IllegalStateException("pgbench transactions failed:\n" + out);
        }
        return out;
    }

    private static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        }, "pgbench-output");
        reader.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish in " + timeout);
        }
        reader.join();
        String text = new String(out[0], StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("pgbench exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}
