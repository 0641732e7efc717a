package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.local.LocalStack;

/** The facts that make a report's figures comparable: the machine, the JDK and the versions measured. */
final class Machine {

    private Machine() {
    }

    static void describe(BenchContext bench, Path repository) throws Exception {
        Report report = bench.report();
        report.fact("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        report.fact("scale", bench.scale().name());
        report.fact("cores", Runtime.getRuntime().availableProcessors() + " ("
                + procLine("/proc/cpuinfo", "model name").orElse("unknown CPU") + ")");
        report.fact("memory", procLine("/proc/meminfo", "MemTotal").map(Machine::gibibytes).orElse("unknown"));
        report.fact("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.fact("JDK (harness and services)", System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        report.fact("service JVM options", String.join(" ", LocalStack.SERVICE_JVM_OPTIONS)
                + " (as ./carepath starts them)");
        String pom = Files.readString(repository.resolve("pom.xml"));
        report.fact("Quarkus", property(pom, "quarkus.platform.version"));
        report.fact("Kafka", property(pom, "kafka.version") + " (one in-process KRaft broker)");
        try (Connection connection = bench.database("intake"); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version()")) {
            row.next();
            report.fact("PostgreSQL", row.getString(1).replaceAll(" on .*", "") + " (embedded, one server for all)");
        }
        report.fact("commit", git(repository));
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String gibibytes(String memTotal) {
        long kib = Long.parseLong(memTotal.replaceAll("[^0-9]", ""));
        return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static String git(Path repository) {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").directory(repository.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
