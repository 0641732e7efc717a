package org.carepath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report: facts about the machine and versions, then per benchmark its figures, each on its own line with its
 * target ({@code booking ceiling ratio: 0.62 (target >= 0.5) met}), and notes on how it was measured.
 */
public final class Report {

    /** One measured figure; {@code target} is null for figures reported for context only. */
    public record Figure(String section, String name, double value, String unit, Target target) {

        public boolean missed() {
            return target != null && !target.metBy(value);
        }

        String line() {
            String unitSuffix = unit.isEmpty() ? "" : " " + unit;
            String text = name + ": " + number(value) + unitSuffix;
            if (target == null) {
                return text;
            }
            return text + " (target " + target.comparison() + " " + number(target.value()) + unitSuffix + ") "
                    + (missed() ? "**missed**" : "met");
        }
    }

    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private String section = "General";

    public void fact(String name, String value) {
        facts.put(name, value);
    }

    /** Starts a benchmark's section: what follows goes under it. */
    public void section(String title) {
        section = title;
        sections.computeIfAbsent(title, t -> new ArrayList<>());
    }

    public void figure(String name, double value, String unit, Target target) {
        Figure figure = new Figure(section, name, value, unit, target);
        figures.add(figure);
        lines().add("- " + figure.line());
        System.out.println("[bench] " + figure.line());
    }

    /** A figure reported for context, without a target. */
    public void figure(String name, double value, String unit) {
        figure(name, value, unit, null);
    }

    /** A sentence on how the figures were obtained, or what they mean. */
    public void note(String text) {
        lines().add("");
        lines().add(text);
        lines().add("");
        System.out.println("[bench] " + text);
    }

    /** A benchmark that could not finish: the report says so, and the run ends with a failure. */
    public void failed(String reason) {
        failures.add(section + ": " + reason);
        lines().add("- **not measured**: " + reason);
        System.out.println("[bench] " + section + " not measured: " + reason);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("# CarePath benchmark report\n\n");
        out.append("Written by `bench/run`; how each figure is measured is in `bench/README.md`.\n\n");
        out.append("## Machine and versions\n\n");
        facts.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
        long missed = figures.stream().filter(Figure::missed).count();
        long targeted = figures.stream().filter(f -> f.target() != null).count();
        out.append("\n## Summary\n\n").append(targeted - missed).append(" of ").append(targeted)
                .append(" targets met");
        out.append(failures.isEmpty() ? ".\n" : "; " + failures.size() + " benchmark(s) not measured.\n");
        for (Figure figure : figures) {
            if (figure.missed()) {
                out.append("- missed: ").append(figure.line()).append('\n');
            }
        }
        sections.forEach((title, lines) -> {
            out.append("\n## ").append(title).append("\n\n");
            lines.forEach(line -> out.append(line).append('\n'));
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out.toString().replaceAll("\n{3,}", "\n\n"));
    }

    /**
     * {@code part / whole}, or 0 when {@code whole} is 0: only a smoke run's window can be empty (a full run fails
     * first, in {@link BenchContext#requireAnswers}), and 0 misses any ratio target rather than reporting infinity.
     */
    public static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
                value);
    }

    private List<String> lines() {
        return sections.computeIfAbsent(section, t -> new ArrayList<>());
    }
}
