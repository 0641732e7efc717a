package org.carepath.bench;

import java.util.List;
import java.util.UUID;

/**
 * The gateway's cost: the same reads with the same token through the gateway and straight to the service, one
 * after the other with the same number of clients. The gateway verifies the token, checks the route's roles and
 * rate limit, and proxies; the service verifies the token again either way.
 */
final class GatewayOverhead implements Benchmark {

    static final int CLIENTS = 16;

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
                + bench.scale().warmup().toSeconds() + " s warm-up and " + bench.scale().measure().toSeconds()
                + " s measured per path: throughput with " + CLIENTS + " clients, added latency with one client"
                + " (no queueing). A patient read also writes the PHI audit row; a provider read does not. The load"
                + " generator shares the cores with the suite.");
    }

    /**
     * Throughput with {@link #CLIENTS} clients, where the machine is saturated; added latency with one client,
     * where it is not. Under saturation a closed loop's latency is clients ÷ throughput, so there the added p50
     * would only restate the throughput ratio, not the time a request spends in the gateway.
     */
    private void compare(BenchContext bench, String read, String service, BenchClinic clinic, String path,
            List<String> ids) throws Exception {
        LoadResult direct = load(bench, read + " direct", CLIENTS, bench.service(service) + path, clinic.staff, ids);
        LoadResult proxied = load(bench, read + " through the gateway", CLIENTS, bench.gateway() + path, clinic.staff,
                ids);
        LoadResult directAlone = load(bench, read + " direct", 1, bench.service(service) + path, clinic.staff, ids);
        LoadResult proxiedAlone = load(bench, read + " through the gateway", 1, bench.gateway() + path, clinic.staff,
                ids);
        Report report = bench.report();
        report.figure(read + " direct, " + CLIENTS + " clients", direct.perSecond(), "req/s");
        report.figure(read + " through the gateway, " + CLIENTS + " clients", proxied.perSecond(), "req/s");
        report.figure(read + " gateway throughput ratio", Report.ratio(proxied.perSecond(), direct.perSecond()),
                "",
                Target.atLeast(0.85));
        report.figure(read + " direct p50, 1 client", directAlone.p50Millis(), "ms");
        report.figure(read + " through the gateway p50, 1 client", proxiedAlone.p50Millis(), "ms");
        report.figure(read + " gateway added p50 latency", proxiedAlone.p50Millis() - directAlone.p50Millis(), "ms",
                Target.atMost(1));
    }

    private LoadResult load(BenchContext bench, String label, int clients, String base, String token,
            List<String> ids) throws Exception {
        LoadResult result = Load.closedLoop(label, clients, bench.scale().warmup(), bench.scale().measure(),
                (client, sequence) -> bench.http().status(
                        Http.request(base + ids.get((int) (sequence % ids.size())), token).GET().build()));
        System.out.println("[bench] " + result);
        bench.requireAnswers(result);
        if (result.unexpected(200) > 0) {
            throw new IllegalStateException(label + " answered other than 200: " + result.statuses());
        }
        return result;
    }
}
