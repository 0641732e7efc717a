package org.carepath.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * The gateway's cost: the same reads with the same token through the gateway and straight to the service, one
 * after the other with the same number of clients. The gateway verifies the token, checks the route's roles and
 * rate limit, and proxies; the service verifies the token again either way.
 */
final class GatewayOverhead implements Benchmark {

    static final int CLIENTS = 16;
    static final int ROUNDS = 3;
    /** After the first round's full warm-up, each run gets this long to settle its connections before it counts. */
    static final Duration ROUND_WARMUP = Duration.ofSeconds(2);
    @Override
    public String title() {
        return "Gateway overhead";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        BenchClinic clinic = BenchClinic.create(bench, "overhead", 1, 50);
        compare(bench, "patient read", "intake", clinic, "/v1/patients/",
                clinic.patients.stream().map(UUID::toString).toList());
        compare(bench, "provider read", "scheduling", clinic, "/v1/providers/", clinic.providers);
        bench.report().note("Each read is `GET` of one resource by id with a clinic-staff token in a closed loop, "
                + bench.scale().warmup().toSeconds() + " s warm-up of each path, then "
                + bench.scale().measure().toSeconds() + " s measured per path, split into " + rounds(bench.scale())
                + " rounds that alternate direct and gateway (" + ROUND_WARMUP.toSeconds() + " s settling before"
                + " each run); each figure is the median round. Throughput with " + CLIENTS + " clients, added"
                + " latency with one client (no queueing). A patient read also writes the PHI audit row; a provider"
                + " read does not. The load generator shares the cores with the suite.");
    }

    /**
     * Throughput with {@link #CLIENTS} clients, where the machine is saturated; added latency with one client,
     * where it is not. Under saturation a closed loop's latency is clients ÷ throughput, so there the added p50
     * would only restate the throughput ratio, not the time a request spends in the gateway. Direct and gateway
     * alternate in {@link #ROUNDS} rounds that share the measured time, and each figure is the median round: on a
     * shared VM the machine's speed drifts by more than the gateway costs, and one long run of each would measure
     * the drift.
     */
    private void compare(BenchContext bench, String read, String service, BenchClinic clinic, String path,
            List<String> ids) throws Exception {
        String direct = bench.service(service) + path;
        String proxied = bench.gateway() + path;
        int rounds = rounds(bench.scale());
        Duration window = bench.scale().measure().dividedBy(rounds);
        Duration warmup = bench.scale().warmup();
        // Both paths warm before any round counts: the service warms up during whichever path runs first, and a
        // direct run on a cold service made the gateway look faster than the service itself. Only the gateway path
        // warms the gateway.
        load(bench, read + " direct (warm-up)", CLIENTS, warmup, Duration.ZERO, direct, clinic.staff, ids, false);
        load(bench, read + " through the gateway (warm-up)", CLIENTS, warmup, Duration.ZERO, proxied, clinic.staff,
                ids, false);
        Rounds throughput = alternate(bench, read, CLIENTS, rounds, window, direct, proxied, clinic.staff, ids,
                LoadResult::perSecond);
        Rounds latency = alternate(bench, read, 1, rounds, window, direct, proxied, clinic.staff, ids,
                LoadResult::p50Millis);
        List<Double> ratios = throughput.each(Report::ratio);
        List<Double> added = latency.each((proxiedP50, directP50) -> proxiedP50 - directP50);
        Report report = bench.report();
        report.figure(read + " direct, " + CLIENTS + " clients", median(throughput.direct()), "req/s");
        report.figure(read + " through the gateway, " + CLIENTS + " clients", median(throughput.proxied()), "req/s");
        report.figure(read + " gateway throughput ratio", median(ratios), "", Target.atLeast(0.85));
        report.figure(read + " gateway throughput ratio, lowest round", Collections.min(ratios), "");
        report.figure(read + " gateway throughput ratio, highest round", Collections.max(ratios), "");
        report.figure(read + " direct p50, 1 client", median(latency.direct()), "ms");
        report.figure(read + " through the gateway p50, 1 client", median(latency.proxied()), "ms");
        report.figure(read + " gateway added p50 latency", median(added), "ms", Target.atMost(1));
        report.figure(read + " gateway added p50 latency, lowest round", Collections.min(added), "ms");
        report.figure(read + " gateway added p50 latency, highest round", Collections.max(added), "ms");
    }

    /** One figure of each round, direct and through the gateway, in round order. */
    private record Rounds(List<Double> direct, List<Double> proxied) {
        /** The two figures of each round combined, gateway's first. */
        List<Double> each(DoubleBinaryOperator combine) {
            List<Double> combined = new ArrayList<>();
            for (int round = 0; round < direct.size(); round++) {
                combined.add(combine.applyAsDouble(proxied.get(round), direct.get(round)));
            }
            return combined;
        }
    }

    /** {@code rounds} runs of each path with {@code clients} clients, direct first in each round. */
    private Rounds alternate(BenchContext bench, String read, int clients, int rounds, Duration window, String direct,
            String proxied, String token, List<String> ids, ToDoubleFunction<LoadResult> figure) throws Exception {
        Rounds result = new Rounds(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            result.direct().add(figure.applyAsDouble(
                    load(bench, read + " direct", clients, ROUND_WARMUP, window, direct, token, ids, true)));
            result.proxied().add(figure.applyAsDouble(
                    load(bench, read + " through the gateway", clients, ROUND_WARMUP, window, proxied, token, ids,
                            true)));
        }
        return result;
    }

    /** One round at smoke scale, where the windows are too short to split. */
    private static int rounds(Scale scale) {
        return scale.isSmoke() ? 1 : ROUNDS;
    }

    /** The middle value (of an odd count, as the rounds are). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A closed loop over the ids; {@code counted} runs must have answers in their window, warm-ups need not. */
    private LoadResult load(BenchContext bench, String label, int clients, Duration warmup, Duration measure,
            String base, String token, List<String> ids, boolean counted) throws Exception {
        LoadResult result = Load.closedLoop(label, clients, warmup, measure,
                (client, sequence) -> bench.http().status(
                        Http.request(base + ids.get((int) (sequence % ids.size())), token).GET().build()));
        if (!counted) {
            return result;
        }
        System.out.println("[bench] " + result);
        bench.requireAnswers(result);
        if (result.unexpected(200) > 0) {
            throw new IllegalStateException(label + " answered other than 200: " + result.statuses());
        }
        return result;
    }
}
