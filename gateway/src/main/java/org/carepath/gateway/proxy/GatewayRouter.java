package org.carepath.gateway.proxy;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.carepath.gateway.journey.JourneyAssembler;
import org.carepath.gateway.journey.JourneyParts;
import org.carepath.gateway.limits.RateLimiter;
import org.carepath.gateway.me.PatientAppRoutes;
import org.carepath.platform.http.RequestIds;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemType;
import org.carepath.platform.security.Roles;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Mounts the route table on the HTTP router: each route verifies the bearer token, applies the client's rate
 * limit, gives the request an X-Request-Id, and hands it to Vert.x's reverse proxy, which streams bodies both
 * ways and keeps status codes and headers. An unreachable or silent upstream is answered with problem+json naming the service (503 or
 * 504), and a circuit per upstream stops calling one that keeps failing.
 */
@ApplicationScoped
public class GatewayRouter {

    private static final Logger LOG = Logger.getLogger(GatewayRouter.class);
    private static final String CALLER = "carepath.caller";
    private static final Set<String> STAFF_ROLES = Set.of(Roles.CLINIC_STAFF, Roles.CLINICIAN, Roles.PRESCRIBER,
            Roles.ADMIN);

    @Inject
    GatewayConfig config;

    @Inject
    TokenVerifier tokens;

    @Inject
    RateLimiter limits;

    @Inject
    ObjectMapper mapper;

    @Inject
    Vertx vertx;

    private final List<HttpClient> clients = new ArrayList<>();
    private final Map<String, JourneyAssembler.Upstream> upstreamClients = new HashMap<>();

    void mount(@Observes Router router) {
        router.routeWithRegex("^/v1/me(/.*)?$").handler(this::authenticate).handler(this::forThePatient);
        router.getWithRegex("^/v1/patients/([^/]+)/journey$").handler(this::authenticate).handler(this::journey);
        Map<String, HttpProxy> proxies = new HashMap<>();
        List<GatewayConfig.Route> routes = new ArrayList<>(config.routes());
        routes.sort(Comparator.comparingInt((GatewayConfig.Route r) -> RoutePattern.specificity(r.path())).reversed());
        for (GatewayConfig.Route route : routes) {
            GatewayConfig.Upstream upstream = config.upstreams().get(route.upstream());
            if (upstream == null) {
                throw new IllegalStateException("route " + route.path() + " names unknown upstream " + route.upstream());
            }
            // One proxy, client and circuit per upstream, shared by all of its routes.
            HttpProxy proxy = proxies.computeIfAbsent(route.upstream(), name -> proxyTo(name, upstream));
            List<String> roles = route.roles().orElse(List.of());
            router.routeWithRegex(RoutePattern.regex(route.path()))
                    .handler(this::authenticate)
                    .handler(context -> allowed(context, roles))
                    .handler(context -> proxy.handle(context.request()));
        }
    }

    /**
     * The patient app's endpoints: only a patient token, and always for its own patient. The request continues,
     * rerouted, to the service path for that patient, through the same route table.
     */
    private void forThePatient(RoutingContext context) {
        Caller caller = context.get(CALLER);
        String requestId = context.request().getHeader(RequestIds.HEADER);
        if (!caller.groups().contains(Roles.PATIENT) || caller.patientId() == null) {
            refuse(context, ProblemType.FORBIDDEN, "patient-token-required",
                    "The /v1/me endpoints are for the patient app, with a patient's token", requestId);
            return;
        }
        UUID patientId;
        try {
            patientId = UUID.fromString(caller.patientId());
        } catch (IllegalArgumentException e) {
            refuse(context, ProblemType.FORBIDDEN, "patient-token-required", "The token's patient id is not valid",
                    requestId);
            return;
        }
        Map<String, String> query = new HashMap<>();
        context.queryParams().forEach(entry -> query.putIfAbsent(entry.getKey(), entry.getValue()));
        PatientAppRoutes.target(context.request().method().name(), context.request().path(), query, patientId,
                Clock.systemUTC()).ifPresentOrElse(context::reroute, () -> refuse(context, ProblemType.NOT_FOUND,
                        "not-found", "No such patient-app endpoint", requestId));
    }

    /**
     * One patient across the services for clinic staff: every part asked for in parallel with the caller's token.
     * The patient must be the caller's clinic's (else 404); a part whose service is down is listed as missing.
     */
    private void journey(RoutingContext context) {
        Caller caller = context.get(CALLER);
        String requestId = context.request().getHeader(RequestIds.HEADER);
        resume(context);
        if (!caller.hasAnyOf(STAFF_ROLES)) {
            refuse(context, ProblemType.FORBIDDEN, "forbidden", "The journey view is for clinic staff", requestId);
            return;
        }
        UUID patientId;
        try {
            patientId = UUID.fromString(context.pathParam("param0"));
        } catch (IllegalArgumentException e) {
            refuse(context, ProblemType.VALIDATION, "invalid-fields", "The patient id is not a UUID", requestId);
            return;
        }
        JourneyAssembler.fetch(upstreamClients, JourneyParts.all(Clock.systemUTC()), patientId,
                context.request().getHeader(HttpHeaders.AUTHORIZATION), requestId).onComplete(done -> {
                    List<JourneyAssembler.Answer> answers = done.result();
                    int patientStatus = answers.get(0).status();
                    if (patientStatus == 404 || patientStatus == 401 || patientStatus == 403) {
                        ProblemType type = patientStatus == 404 ? ProblemType.NOT_FOUND
                                : patientStatus == 401 ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN;
                        refuse(context, type, patientStatus == 404 ? "patient-not-found" : "not-allowed",
                                patientStatus == 404 ? "Patient not found" : "Not allowed", requestId);
                        return;
                    }
                    context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .putHeader(RequestIds.HEADER, requestId)
                            .end(JourneyAssembler.document(patientId, answers).encode());
                });
    }

    private void allowed(RoutingContext context, List<String> roles) {
        Caller caller = context.get(CALLER);
        if (roles.isEmpty() || caller.hasAnyOf(roles)) {
            context.next();
            return;
        }
        refuse(context, ProblemType.FORBIDDEN, "role-not-allowed", "This token's roles may not use "
                + context.request().path(), context.request().getHeader(RequestIds.HEADER));
    }

    /**
     * Lets a paused request's body flow again before answering without it. An HTTP/2 request that had no body is
     * already fully read, and resuming it would throw.
     */
    private static void resume(RoutingContext context) {
        if (!context.request().isEnded()) {
            context.request().resume();
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String code, String detail, String requestId) {
        resume(context);
        context.response().setStatusCode(type.status())
                .putHeader(RequestIds.HEADER, requestId)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(ProblemWriter.body(mapper, type, code, detail, context.request().path(), requestId));
    }

    private void authenticate(RoutingContext context) {
        if (context.get(CALLER) != null) {
            // A /v1/me request rerouted to its service path: verified and counted once already.
            context.next();
            return;
        }
        String requestId = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
        context.request().headers().set(RequestIds.HEADER, requestId);
        // Services build Location and links from these, so clients see the gateway's address, not theirs.
        context.request().headers().set("X-Forwarded-Host", context.request().getHeader(HttpHeaders.HOST));
        context.request().headers().set("X-Forwarded-Proto", context.request().scheme());
        context.request().headers().remove("X-Forwarded-Port");
        context.request().headers().remove("Forwarded");
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        Caller remembered = tokens.remembered(authorization);
        if (remembered != null) {
            admit(context, remembered, requestId);
            return;
        }
        // Verification may fetch the issuer's keys; the body waits until the proxy reads it.
        context.request().pause();
        vertx.executeBlocking(() -> tokens.verify(authorization), false).onComplete(result -> {
            if (result.succeeded() && result.result() != null) {
                admit(context, result.result(), requestId);
                return;
            }
            context.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(context, ProblemType.UNAUTHORIZED, authorization == null ? "token-required" : "token-invalid",
                    "A valid bearer token is required", requestId);
        });
    }

    /** The caller of a verified token goes on within its client's rate limit. */
    private void admit(RoutingContext context, Caller caller, String requestId) {
        OptionalLong retryAfter = limits.acquire(caller.rateLimitClient(), caller.groups());
        if (retryAfter.isEmpty()) {
            context.put(CALLER, caller);
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
        refuse(context, ProblemType.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests from this client; retry after " + retryAfter.getAsLong() + " s", requestId);
    }

    private HttpProxy proxyTo(String name, GatewayConfig.Upstream upstream) {
        URI url = upstream.url();
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(200));
        clients.add(client);
        SocketAddress address = SocketAddress.inetSocketAddress(port, url.getHost());
        upstreamClients.putIfAbsent(name, new JourneyAssembler.Upstream(client, address, upstream.timeout()));
        HttpProxy proxy = HttpProxy.reverseProxy(client);
        proxy.origin(context -> context.client().request(new RequestOptions()
                .setServer(address)
                .setMethod(context.request().getMethod())
                .setURI(context.request().getURI())
                .setIdleTimeout(upstream.timeout().toMillis())));
        CircuitBreaker circuit = new CircuitBreaker(upstream.failureThreshold(), upstream.openFor());
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                if (!circuit.allow(System.nanoTime())) {
                    return Future.succeededFuture(unavailable(context, name, null,
                            circuit.retryAfterSeconds(System.nanoTime())));
                }
                return context.sendRequest()
                        .onSuccess(response -> circuit.succeeded())
                        .recover(failure -> {
                            circuit.failed(System.nanoTime());
                            return Future.succeededFuture(unavailable(context, name, failure, null));
                        });
            }
        });
        return proxy;
    }

    /**
     * A silent upstream is 504; an unreachable one, or one whose circuit is open ({@code failure} null), is 503
     * naming the service, with Retry-After when the circuit says when to try again.
     */
    private ProxyResponse unavailable(ProxyContext context, String upstream, Throwable failure, Long retryAfter) {
        boolean timedOut = failure != null && ProblemWriter.timedOut(failure);
        ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
        if (failure != null) {
            LOG.warnf("Upstream %s failed for %s %s: %s", upstream, context.request().getMethod(),
                    context.request().proxiedRequest().path(), failure.getClass().getSimpleName());
        }
        String requestId = context.request().headers().get(RequestIds.HEADER);
        ProxyResponse response = context.request().response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .setBody(Body.body(ProblemWriter.body(mapper, type, "upstream-" + (timedOut ? "timeout" : "unavailable"),
                        "The " + upstream + " service " + (timedOut ? "did not answer in time" : "is unavailable")
                                + "; retry later",
                        context.request().proxiedRequest().path(), requestId)));
        if (retryAfter != null) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        return response;
    }
}
