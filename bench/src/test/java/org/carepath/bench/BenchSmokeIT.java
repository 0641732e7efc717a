package org.carepath.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The harness end to end with tiny sizes: the suite starts, every benchmark runs and the report holds each
 * benchmark's figures with their targets. It asserts that the harness works, never how fast anything is.
 */
class BenchSmokeIT {

    @Test
    void everyBenchmarkRunsAndReportsItsFiguresWithTargets() throws Exception {
        Path repository = Path.of(System.getProperty("carepath.repository", "..")).toAbsolutePath().normalize();
        Report report = Bench.run(repository, Scale.smoke(), List.of());
        Path file = Path.of("target/smoke/REPORT.md");
        report.write(file);

        assertEquals(List.of(), report.failures(), "benchmarks that did not finish");
        Set<String> titles = Bench.all().stream().map(Benchmark::title).collect(Collectors.toSet());
        Set<String> withTargets = report.figures().stream().filter(figure -> figure.target() != null)
                .map(Report.Figure::section).collect(Collectors.toSet());
        assertEquals(titles, withTargets, "each benchmark reports at least one figure against its target");
        assertTrue(report.figures().stream().allMatch(figure -> Double.isFinite(figure.value())),
                "every figure is a number: " + report.figures());

        String written = Files.readString(file);
        for (String fact : List.of("cores:", "memory:", "JDK (harness and services):", "Quarkus:", "Kafka:",
                "PostgreSQL:")) {
            assertTrue(written.contains("- " + fact), "the report names " + fact);
        }
        for (Report.Figure figure : report.figures()) {
            assertTrue(written.contains(figure.line()), "the report has the line " + figure.line());
        }
    }
}
