package org.carepath.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

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
    /**
     * How long each path is warmed up on its own before the rounds (the smoke run uses its scale's warm-up). Only the
     * gateway path warms the gateway, and on 2 cores under load its JIT compiler was still busy after 30 s (over half
     * of the gateway's CPU) and quiet only after about two minutes; until then the rounds measure compilation.
     */
    static final Duration PATH_WARMUP = Duration.ofSeconds(90);

    @Override
    public String title() {
        return "Gateway overhead";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        BenchClinic clinic = BenchClinic.create(bench, "overhead", 1, 50);
        compare(bench, "patient read", "intake", clinic, "/v1/patients/", clinic.patients.stream().map(UUID::toString).toList());
        compare(bench, "provider read", "scheduling", clinic, "/v1/providers/", clinic.providers);
        bench.report().note("Each read is `GET` of one resource by id with a clinic-staff token in a closed loop, "
                + warmup(bench).toSeconds() + " s warm-up of each path, then " + bench.scale().measure().toSeconds()
                + " s measured per path, split into " + (bench.scale().isSmoke() ? 1 : ROUNDS) + " rounds that"
                + " alternate direct and gateway (" + ROUND_WARMUP.toSeconds() + " s settling before each run); each"
                + " figure is the median round. Throughput with " + CLIENTS + " clients, added latency with one client"
                + " (no queueing). A patient read also writes the PHI audit row; a provider read does not. The load"
                + " generator shares the cores with the suite.");
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
        int rounds = bench.scale().isSmoke() ? 1 : ROUNDS;
        Duration window = bench.scale().measure().dividedBy(rounds);
        // Both paths warm before any round counts: the service warms up during whichever path runs first, and a
        // direct run on a cold service made the gateway look faster than the service itself.
        load(bench, read + " direct (warm-up)", CLIENTS, warmup(bench), Duration.ZERO, direct, clinic.staff, ids,
                false);
        load(bench, read + " through the gateway (warm-up)", CLIENTS, warmup(bench), Duration.ZERO, proxied,
                clinic.staff, ids, false);
        List<Double> directRates = new ArrayList<>();
        List<Double> proxiedRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double directRate = load(bench, read + " direct", CLIENTS, ROUND_WARMUP, window, direct, clinic.staff,
                    ids, true).perSecond();
            double proxiedRate = load(bench, read + " through the gateway", CLIENTS, ROUND_WARMUP, window, proxied,
                    clinic.staff, ids, true).perSecond();
            directRates.add(directRate);
            proxiedRates.add(proxiedRate);
            ratios.add(Report.ratio(proxiedRate, directRate));
        }
        List<Double> directP50s = new ArrayList<>();
        List<Double> proxiedP50s = new ArrayList<>();
        List<Double> added = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double directP50 = load(bench, read + " direct", 1, ROUND_WARMUP, window, direct, clinic.staff, ids,
                    true).p50Millis();
            double proxiedP50 = load(bench, read + " through the gateway", 1, ROUND_WARMUP, window, proxied,
                    clinic.staff, ids, true).p50Millis();
            directP50s.add(directP50);
            proxiedP50s.add(proxiedP50);
            added.add(proxiedP50 - directP50);
        }
        Report report = bench.report();
        report.figure(read + " direct, " + CLIENTS + " clients", median(directRates), "req/s");
        report.figure(read + " through the gateway, " + CLIENTS + " clients", median(proxiedRates), "req/s");
        report.figure(read + " gateway throughput ratio", median(ratios), "", Target.atLeast(0.85));
        report.figure(read + " gateway throughput ratio, lowest round", Collections.min(ratios), "");
        report.figure(read + " gateway throughput ratio, highest round", Collections.max(ratios), "");
        report.figure(read + " direct p50, 1 client", median(directP50s), "ms");
        report.figure(read + " through the gateway p50, 1 client", median(proxiedP50s), "ms");
        report.figure(read + " gateway added p50 latency", median(added), "ms", Target.atMost(1));
        report.figure(read + " gateway added p50 latency, lowest round", Collections.min(added), "ms");
        report.figure(read + " gateway added p50 latency, highest round", Collections.max(added), "ms");
    }

    private static Duration warmup(BenchContext bench) {
        return bench.scale().isSmoke() ? bench.scale().warmup() : PATH_WARMUP;
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
