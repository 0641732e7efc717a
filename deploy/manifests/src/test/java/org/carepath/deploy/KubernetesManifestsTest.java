package org.carepath.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carepath.deploy.NetworkPolicies.Endpoint;
import org.carepath.deploy.Rendered.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * deploy/k8s, rendered as kustomize would (the base and each overlay), loaded into the typed Kubernetes and
 * Strimzi models, and checked against what the services' own configuration and code say: the settings
 * production must set, ports, health paths, images, topics, databases and who may talk to whom.
 */
class KubernetesManifestsTest {

    private static final List<ServiceModule> SERVICES = ServiceModule.all();
    private static final String GATEWAY = "gateway";
    private static List<Rendered> renderings;

    /** Rendered once; a kustomization that cannot render fails each test with the reason. */
    static synchronized Stream<Rendered> renderings() {
        if (renderings == null) {
            renderings = Rendered.all();
        }
        return renderings.stream();
    }

    @Test
    void theServicesAreTheFourQuarkusModules() {
        assertEquals(List.of("intake-service", "scheduling-service", "outcomes-service", GATEWAY),
                SERVICES.stream().map(ServiceModule::name).toList());
        assertTrue(renderings().anyMatch(rendered -> rendered.name.equals("dev")), "an overlay named dev");
        assertTrue(renderings().anyMatch(rendered -> rendered.name.equals("prod")), "an overlay named prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyResourceIsTypedWithoutUnknownFields(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        for (HasMetadata resource : rendered.manifests.resources) {
            if (resource instanceof GenericKubernetesResource generic
                    && !Manifests.GENERIC_API_VERSIONS.contains(generic.getApiVersion())) {
                problems.add(generic.getApiVersion() + " " + generic.getKind() + "/" + generic.getMetadata().getName()
                        + " is no kind the model knows");
            }
            problems.addAll(Manifests.unknownFields(resource));
        }
        assertEquals(List.of(), problems, rendered + ": resources the models do not fully understand");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void eachServiceRunsTheImageOfItsModule(Rendered rendered) {
        assertEquals(SERVICES.stream().map(ServiceModule::name).collect(Collectors.toSet()),
                rendered.manifests.deployments().stream().map(deployment -> deployment.getMetadata().getName())
                        .collect(Collectors.toSet()),
                rendered + ": one Deployment per service module, named after it");
        for (ServiceModule service : SERVICES) {
            Deployment deployment = rendered.deployment(service.name()).orElseThrow();
            assertEquals(1, deployment.getSpec().getTemplate().getSpec().getContainers().size(),
                    rendered + ": " + service.name() + " runs one container");
            String image = Rendered.container(deployment).getImage();
            String repository = Kustomize.repository(image);
            assertEquals(service.name(), repository.substring(repository.lastIndexOf('/') + 1),
                    rendered + ": " + service.name() + " runs " + image);
            String tag = Kustomize.tag(image);
            assertTrue(tag != null && !tag.equals("latest") || image.contains("@sha256:"),
                    rendered + ": " + image + " is pinned to a version");
            assertTrue(Files.isRegularFile(service.dockerfile()), service.dockerfile() + " builds that image");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everySettingProductionNeedsIsSet(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : SERVICES) {
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            Map<String, Setting> environment = rendered.environment(container, problems);
            for (ServiceModule.Requirement requirement : service.production()) {
                boolean set = requirement.variables().stream()
                        .anyMatch(variable -> environment.containsKey(variable) && environment.get(variable).isSet());
                if (!set) {
                    problems.add(service.name() + ": " + requirement.setting() + " (" + requirement.why() + ") needs "
                            + String.join(" or ", requirement.variables()));
                }
            }
        }
        assertEquals(List.of(), problems, rendered + ": settings production must provide");
        assertTrue(SERVICES.stream().allMatch(service -> service.production().size() >= 6),
                "the services' configuration names at least datasource, Kafka and issuer settings: "
                        + SERVICES.stream().map(ServiceModule::production).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void carepathVariablesAreOnesTheServiceReads(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : SERVICES) {
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            for (String variable : rendered.environment(container, new ArrayList<>()).keySet()) {
                if ((variable.startsWith("CAREPATH_") || variable.startsWith("QUARKUS_DATASOURCE_")
                        || variable.startsWith("MP_JWT_") || variable.startsWith("KAFKA_"))
                        && !service.variablesRead().contains(variable)) {
                    problems.add(service.name() + " is given " + variable + ", which its configuration never reads");
                }
            }
        }
        assertEquals(List.of(), problems, rendered + ": variables no setting of the service reads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void probesUseTheHealthEndpointsOnTheHttpPort(Rendered rendered) {
        for (ServiceModule service : SERVICES) {
            assertFalse(service.managementInterfaceEnabled(),
                    service.name() + " serves health on a management port; the probes assume the HTTP port");
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            String what = rendered + ": " + service.name();
            checkProbe(what + " readiness", container, container.getReadinessProbe(), service.healthPath("readiness"),
                    service.httpPort());
            checkProbe(what + " liveness", container, container.getLivenessProbe(), service.healthPath("liveness"),
                    service.httpPort());
            if (container.getStartupProbe() != null) {
                checkProbe(what + " startup", container, container.getStartupProbe(), service.healthPath("startup"),
                        service.httpPort());
            }
        }
    }

    private static void checkProbe(String what, Container container, Probe probe, String path, int port) {
        assertNotNull(probe, what + " probe");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, what + " probe is an HTTP GET");
        assertEquals(path, get.getPath(), what + " probe path");
        assertEquals(port, containerPort(container, get.getPort()), what + " probe port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void containersListenOnTheServicesHttpPort(Rendered rendered) {
        for (ServiceModule service : SERVICES) {
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            Setting override = rendered.environment(container, new ArrayList<>()).get("QUARKUS_HTTP_PORT");
            int port = override == null ? service.httpPort() : Integer.parseInt(override.value());
            assertTrue(container.getPorts().stream().anyMatch(declared -> declared.getContainerPort() == port),
                    rendered + ": " + service.name() + " declares its HTTP port " + port + ": " + container.getPorts());
            assertTrue(container.getPorts().stream().allMatch(declared -> declared.getContainerPort() == port),
                    rendered + ": " + service.name() + " listens on no other port than " + port);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void servicesSelectTheirDeploymentsPods(Rendered rendered) {
        for (Deployment deployment : rendered.manifests.deployments()) {
            assertTrue(NetworkPolicies.matches(deployment.getSpec().getSelector(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels()),
                    rendered + ": " + deployment.getMetadata().getName() + "'s selector matches its own pods");
        }
        for (Service service : rendered.manifests.services()) {
            List<Deployment> selected = rendered.manifests.deployments().stream()
                    .filter(deployment -> service.getSpec().getSelector() != null && deployment.getSpec().getTemplate()
                            .getMetadata().getLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                    .toList();
            assertEquals(1, selected.size(), rendered + ": Service " + service.getMetadata().getName()
                    + " selects the pods of exactly one Deployment, not " + selected.size());
            assertEquals(service.getMetadata().getName(), selected.get(0).getMetadata().getName(),
                    rendered + ": Service " + service.getMetadata().getName() + " selects its namesake");
            Container container = Rendered.container(selected.get(0));
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                containerPort(container, target);
            }
        }
        for (ServiceModule module : SERVICES) {
            assertTrue(rendered.manifests.find(Service.class, module.name()).isPresent(),
                    rendered + ": a Service for " + module.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void gatewayUpstreamsAreTheServices(Rendered rendered) {
        ServiceModule gateway = SERVICES.stream().filter(service -> service.name().equals(GATEWAY)).findFirst().orElseThrow();
        Map<String, Setting> environment = rendered.environment(
                Rendered.container(rendered.deployment(GATEWAY).orElseThrow()), new ArrayList<>());
        Pattern upstream = Pattern.compile("carepath\\.gateway\\.upstreams\\.([^.]+)\\.url");
        Set<String> reached = new TreeSet<>();
        for (String key : gateway.config().keySet()) {
            Matcher name = upstream.matcher(key);
            if (!name.matches()) {
                continue;
            }
            Setting url = environment.get(ServiceModule.environmentName(key));
            assertNotNull(url, rendered + ": the gateway's upstream " + name.group(1) + " is set");
            URI uri = URI.create(url.value());
            Service service = rendered.manifests.find(Service.class, uri.getHost()).orElseThrow(
                    () -> new AssertionError(rendered + ": upstream " + url.value() + " names no Service"));
            ServicePort port = service.getSpec().getPorts().stream().filter(candidate -> candidate.getPort() == uri.getPort())
                    .findFirst().orElseThrow(() -> new AssertionError(rendered + ": Service " + service.getMetadata().getName()
                            + " has no port " + uri.getPort()));
            ServiceModule module = SERVICES.stream().filter(candidate -> candidate.name().equals(service.getMetadata().getName()))
                    .findFirst().orElseThrow(() -> new AssertionError(rendered + ": " + url.value() + " is no CarePath service"));
            Container container = Rendered.container(rendered.deployment(module.name()).orElseThrow());
            assertEquals(module.httpPort(), containerPort(container, port.getTargetPort()),
                    rendered + ": upstream " + name.group(1) + " reaches " + module.name() + "'s HTTP port");
            reached.add(module.name());
        }
        assertEquals(SERVICES.stream().map(ServiceModule::name).filter(name -> !name.equals(GATEWAY))
                .collect(Collectors.toCollection(TreeSet::new)), reached, rendered + ": the gateway reaches every service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void eachServiceUsesItsOwnDatabase(Rendered rendered) {
        Set<String> clustersUsed = new HashSet<>();
        Pattern jdbc = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
        for (ServiceModule service : SERVICES) {
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            Map<String, Setting> environment = rendered.environment(container, new ArrayList<>());
            Setting url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
            assertNotNull(url, rendered + ": " + service.name() + " has a JDBC URL");
            Matcher parts = jdbc.matcher(url.value());
            assertTrue(parts.matches(), rendered + ": " + url.value() + " is a PostgreSQL JDBC URL");
            String host = parts.group(1);
            assertTrue(host.endsWith("-rw"), rendered + ": " + service.name() + " writes to a cluster's primary (-rw): " + host);
            String clusterName = host.substring(0, host.length() - "-rw".length());
            GenericKubernetesResource cluster = rendered.manifests.databaseClusters().stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(clusterName)).findFirst()
                    .orElseThrow(() -> new AssertionError(rendered + ": " + host + " is no CloudNativePG cluster's Service"));
            assertEquals(parts.group(3), Rendered.path(cluster, "spec", "bootstrap", "initdb", "database"),
                    rendered + ": " + service.name() + "'s database is the one its cluster creates");
            assertTrue(parts.group(2) == null || parts.group(2).equals("5432"), rendered + ": PostgreSQL's port");
            for (String credential : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                Setting setting = environment.get(credential);
                assertNotNull(setting, rendered + ": " + service.name() + " " + credential);
                assertTrue(setting.source().startsWith("Secret " + clusterName + "-app "),
                        rendered + ": " + service.name() + " " + credential + " comes from its cluster's Secret, not "
                                + setting.source());
            }
            assertTrue(clustersUsed.add(clusterName), rendered + ": " + clusterName + " serves one service only");
        }
        assertEquals(clustersUsed, rendered.manifests.databaseClusters().stream()
                .map(cluster -> cluster.getMetadata().getName()).collect(Collectors.toSet()),
                rendered + ": every database cluster belongs to a service");
    }

    /** Agroal's default pool size, when a service sets no quarkus.datasource.jdbc.max-size. */
    private static final int DEFAULT_POOL = 20;
    /** PostgreSQL's default max_connections. */
    private static final int DEFAULT_MAX_CONNECTIONS = 100;
    /** Connections kept for the operator, replication and a person with psql. */
    private static final int OPERATOR_CONNECTIONS = 10;

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void connectionPoolsFitTheirDatabaseAtFullScale(Rendered rendered) {
        for (ServiceModule service : SERVICES) {
            Deployment deployment = rendered.deployment(service.name()).orElseThrow();
            Map<String, Setting> environment = rendered.environment(Rendered.container(deployment), new ArrayList<>());
            Setting poolOverride = environment.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            int pool = poolOverride != null ? Integer.parseInt(poolOverride.value())
                    : Integer.parseInt(service.config().getOrDefault("quarkus.datasource.jdbc.max-size", String.valueOf(DEFAULT_POOL)));
            int replicas = rendered.manifests.autoscalers().stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(service.name()))
                    .mapToInt(hpa -> hpa.getSpec().getMaxReplicas()).max().orElse(1);
            IntOrString surge = deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge();
            int surging = surge.getIntVal() != null ? surge.getIntVal() : (int) Math.ceil(replicas
                    * Integer.parseInt(surge.getStrVal().replace("%", "")) / 100.0);
            String cluster = URI.create(environment.get("QUARKUS_DATASOURCE_JDBC_URL").value().substring("jdbc:".length()))
                    .getHost().replaceAll("-rw$", "");
            Object configured = rendered.manifests.databaseClusters().stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(cluster)).findFirst()
                    .map(candidate -> Rendered.path(candidate, "spec", "postgresql", "parameters", "max_connections"))
                    .orElse(null);
            int maxConnections = configured == null ? DEFAULT_MAX_CONNECTIONS : Integer.parseInt(String.valueOf(configured));
            int needed = (replicas + surging) * pool + OPERATOR_CONNECTIONS;
            assertTrue(needed <= maxConnections, rendered + ": " + service.name() + " may open " + needed
                    + " connections ((" + replicas + " replicas + " + surging + " surging) x " + pool + " + "
                    + OPERATOR_CONNECTIONS + "), " + cluster + " allows " + maxConnections);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void kafkaBootstrapIsTheClustersListenerAtTheClientsVersion(Rendered rendered) {
        Kafka kafka = onlyKafka(rendered);
        assertEquals(Repository.property("kafka.version"), kafka.getSpec().getKafka().getVersion(),
                rendered + ": the broker runs the kafka-clients version the services are built with");
        for (Map<String, Object> document : rendered.rendering.resources()) {
            String apiVersion = String.valueOf(document.get("apiVersion"));
            if (apiVersion.startsWith("kafka.strimzi.io/")) {
                assertEquals("kafka.strimzi.io/v1", apiVersion, rendered + ": " + document.get("kind")
                        + " in the v1 API, the only one Strimzi 1.x serves");
            }
        }
        assertNull(kafka.getSpec().getKafka().getReplicas(), rendered + ": v1 keeps replicas in KafkaNodePools only");
        assertNull(kafka.getSpec().getKafka().getStorage(), rendered + ": v1 keeps storage in KafkaNodePools only");
        for (ServiceModule service : SERVICES) {
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            Setting bootstrap = rendered.environment(container, new ArrayList<>()).get("KAFKA_BOOTSTRAP_SERVERS");
            assertNotNull(bootstrap, rendered + ": " + service.name() + " KAFKA_BOOTSTRAP_SERVERS");
            for (String server : bootstrap.value().split(",")) {
                String[] hostPort = server.trim().split(":");
                assertEquals(kafka.getMetadata().getName() + "-kafka-bootstrap", hostPort[0],
                        rendered + ": " + service.name() + " bootstraps from Strimzi's bootstrap Service");
                GenericKafkaListener listener = listener(kafka, Integer.parseInt(hostPort[1]));
                assertFalse(listener.isTls(), rendered + ": the services set no TLS client settings, so their listener is plain");
                assertNull(listener.getAuth(), rendered + ": the services set no SASL settings, so their listener has no auth");
            }
        }
    }

    private static GenericKafkaListener listener(Kafka kafka, int port) {
        return kafka.getSpec().getKafka().getListeners().stream().filter(listener -> listener.getPort() == port)
                .findFirst().orElseThrow(() -> new AssertionError("Kafka " + kafka.getMetadata().getName()
                        + " has no listener on " + port));
    }

    private static Kafka onlyKafka(Rendered rendered) {
        List<Kafka> clusters = rendered.manifests.all(Kafka.class);
        assertEquals(1, clusters.size(), rendered + ": one Kafka cluster");
        return clusters.get(0);
    }

    private static int brokers(Rendered rendered, Kafka kafka) {
        return rendered.manifests.nodePools().stream()
                .filter(pool -> kafka.getMetadata().getName().equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyTopicTheCodeUsesHasAKafkaTopic(Rendered rendered) {
        Kafka kafka = onlyKafka(rendered);
        int brokers = brokers(rendered, kafka);
        assertTrue(rendered.manifests.nodePools().stream().anyMatch(pool -> pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER)),
                rendered + ": a KRaft controller pool");
        Map<String, KafkaTopic> byName = new HashMap<>();
        for (KafkaTopic topic : rendered.manifests.topics()) {
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            byName.put(name, topic);
        }
        assertEquals(Rendered.codeTopics(), byName.keySet(),
                rendered + ": a KafkaTopic for exactly the topics of org.carepath.platform.events.Topics and their DLQs");
        for (Map.Entry<String, KafkaTopic> entry : byName.entrySet()) {
            KafkaTopic topic = entry.getValue();
            String what = rendered + ": topic " + entry.getKey();
            assertEquals(kafka.getMetadata().getName(), topic.getMetadata().getLabels().get("strimzi.io/cluster"),
                    what + " belongs to the Kafka cluster");
            assertTrue(topic.getSpec().getPartitions() != null && topic.getSpec().getPartitions() > 0, what + " partitions");
            int replicas = topic.getSpec().getReplicas();
            int minInSync = Integer.parseInt(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas")));
            assertTrue(replicas <= brokers, what + " has " + replicas + " replicas on " + brokers + " brokers");
            assertTrue(minInSync <= replicas, what + " min.insync.replicas " + minInSync + " <= replicas " + replicas);
            if (rendered.productionLike()) {
                assertEquals(3, replicas, what + " replicas");
                assertEquals(2, minInSync, what + " min.insync.replicas");
            }
        }
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertTrue(Integer.parseInt(String.valueOf(config.get(factor))) <= brokers,
                    rendered + ": " + factor + " fits " + brokers + " brokers");
        }
        assertEquals("false", String.valueOf(config.get("auto.create.topics.enable")),
                rendered + ": topics exist only as KafkaTopics");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void autoscalersAndDisruptionBudgetsCoverEachService(Rendered rendered) {
        for (ServiceModule service : SERVICES) {
            Deployment deployment = rendered.deployment(service.name()).orElseThrow();
            Map<String, String> pods = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertNull(deployment.getSpec().getReplicas(),
                    rendered + ": " + service.name() + " leaves its replica count to the HorizontalPodAutoscaler");
            List<HorizontalPodAutoscaler> autoscalers = rendered.manifests.autoscalers().stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && hpa.getSpec().getScaleTargetRef().getName().equals(service.name()))
                    .toList();
            assertEquals(1, autoscalers.size(), rendered + ": one HorizontalPodAutoscaler scales " + service.name());
            HorizontalPodAutoscaler hpa = autoscalers.get(0);
            assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas(),
                    rendered + ": " + service.name() + " autoscaler bounds");
            assertTrue(hpa.getSpec().getMetrics() != null && !hpa.getSpec().getMetrics().isEmpty(),
                    rendered + ": " + service.name() + " autoscaler has a metric");
            if (rendered.name.equals("dev")) {
                assertEquals(1, hpa.getSpec().getMaxReplicas(), rendered + ": one replica of " + service.name());
            } else {
                assertTrue(hpa.getSpec().getMinReplicas() >= 2, rendered + ": " + service.name() + " survives losing a pod");
            }
            List<PodDisruptionBudget> budgets = rendered.manifests.disruptionBudgets().stream()
                    .filter(pdb -> NetworkPolicies.matches(pdb.getSpec().getSelector(), pods)).toList();
            assertEquals(1, budgets.size(), rendered + ": one PodDisruptionBudget covers " + service.name() + "'s pods");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyContainerHasRequestsAndLimits(Rendered rendered) {
        for (Deployment deployment : rendered.manifests.deployments()) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String what = rendered + ": " + deployment.getMetadata().getName() + "/" + container.getName();
                ResourceRequirements resources = container.getResources();
                assertNotNull(resources, what + " resources");
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = resources.getRequests() == null ? null : resources.getRequests().get(resource);
                    Quantity limit = resources.getLimits() == null ? null : resources.getLimits().get(resource);
                    assertNotNull(request, what + " requests " + resource);
                    assertNotNull(limit, what + " limits " + resource);
                    assertTrue(limit.getNumericalAmount().compareTo(request.getNumericalAmount()) >= 0,
                            what + " " + resource + " limit " + limit + " >= request " + request);
                }
                if (rendered.name.equals("prod")) {
                    assertEquals(resources.getLimits().get("memory").getNumericalAmount(),
                            resources.getRequests().get("memory").getNumericalAmount(),
                            what + " in production requests the memory it may use");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyTheGatewayReachesTheServices(Rendered rendered) {
        String namespace = rendered.namespace();
        NetworkPolicies policies = new NetworkPolicies(rendered.manifests.networkPolicies(), namespace);
        Endpoint gateway = Endpoint.pod(rendered.podLabels(GATEWAY), namespace);
        Endpoint stranger = Endpoint.pod(Map.of("app", "something-else"), namespace);
        Endpoint otherNamespace = Endpoint.pod(rendered.podLabels(GATEWAY), "elsewhere");
        for (ServiceModule service : SERVICES) {
            Endpoint pod = Endpoint.pod(rendered.podLabels(service.name()), namespace);
            int port = service.httpPort();
            if (service.name().equals(GATEWAY)) {
                assertTrue(policies.allows(Endpoint.external("198.51.100.7"), pod, port, "TCP"),
                        rendered + ": the gateway takes requests from outside on " + port);
                continue;
            }
            assertTrue(policies.allows(gateway, pod, port, "TCP"), rendered + ": the gateway reaches " + service.name());
            assertFalse(policies.allows(stranger, pod, port, "TCP"), rendered + ": another pod reaches " + service.name());
            assertFalse(policies.allows(otherNamespace, pod, port, "TCP"),
                    rendered + ": a pod of another namespace reaches " + service.name());
            assertFalse(policies.allows(Endpoint.external("198.51.100.7"), pod, port, "TCP"),
                    rendered + ": the outside reaches " + service.name());
            for (ServiceModule other : SERVICES) {
                if (!other.name().equals(GATEWAY) && !other.name().equals(service.name())) {
                    assertFalse(policies.allows(Endpoint.pod(rendered.podLabels(other.name()), namespace), pod, port, "TCP"),
                            rendered + ": " + other.name() + " reaches " + service.name());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void servicesReachOnlyKafkaTheirDatabaseDnsAndTheIssuer(Rendered rendered) {
        String namespace = rendered.namespace();
        NetworkPolicies policies = new NetworkPolicies(rendered.manifests.networkPolicies(), namespace);
        Kafka kafka = onlyKafka(rendered);
        Endpoint broker = Endpoint.pod(Map.of("strimzi.io/cluster", kafka.getMetadata().getName(),
                "strimzi.io/broker-role", "true", "strimzi.io/kind", "Kafka"), namespace);
        Endpoint dns = Endpoint.pod(Map.of("k8s-app", "kube-dns"), "kube-system");
        Endpoint issuer = Endpoint.external("203.0.113.10");
        for (ServiceModule service : SERVICES) {
            String what = rendered + ": " + service.name();
            Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
            Map<String, Setting> environment = rendered.environment(container, new ArrayList<>());
            Endpoint pod = Endpoint.pod(rendered.podLabels(service.name()), namespace);
            for (String server : environment.get("KAFKA_BOOTSTRAP_SERVERS").value().split(",")) {
                int port = Integer.parseInt(server.trim().split(":")[1]);
                assertTrue(policies.allows(pod, broker, port, "TCP"), what + " reaches the brokers on " + port);
            }
            String own = URI.create(environment.get("QUARKUS_DATASOURCE_JDBC_URL").value().substring("jdbc:".length()))
                    .getHost().replaceAll("-rw$", "");
            for (GenericKubernetesResource cluster : rendered.manifests.databaseClusters()) {
                Endpoint database = Endpoint.pod(Map.of("cnpg.io/cluster", cluster.getMetadata().getName(),
                        "cnpg.io/instanceRole", "primary"), namespace);
                boolean mine = cluster.getMetadata().getName().equals(own);
                assertEquals(mine, policies.allows(pod, database, 5432, "TCP"),
                        what + (mine ? " reaches its database " : " reaches another service's database ")
                                + cluster.getMetadata().getName());
            }
            assertTrue(policies.allows(pod, dns, 53, "UDP"), what + " resolves names");
            URI keys = URI.create(environment.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").value());
            int issuerPort = keys.getPort() > 0 ? keys.getPort() : "https".equals(keys.getScheme()) ? 443 : 80;
            assertTrue(policies.allows(pod, issuer, issuerPort, "TCP"), what + " fetches the issuer's keys from " + keys);
            assertFalse(policies.allows(pod, Endpoint.external("203.0.113.10"), 5432, "TCP"),
                    what + " reaches an outside database");
            assertFalse(policies.allows(pod, Endpoint.external("10.1.2.3"), issuerPort, "TCP"),
                    what + " reaches a private address");
            assertFalse(policies.allows(pod, Endpoint.pod(Map.of("app", "something-else"), namespace), 8080, "TCP"),
                    what + " reaches an unrelated pod");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void alertsAndScrapingUseWhatTheServicesExpose(Rendered rendered) {
        String metricsPath = SERVICES.get(0).config().getOrDefault("quarkus.micrometer.export.prometheus.path", "/q/metrics");
        for (ServiceModule service : SERVICES) {
            Deployment deployment = rendered.deployment(service.name()).orElseThrow();
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            if (annotations != null && annotations.containsKey("prometheus.io/path")) {
                assertEquals(metricsPath, annotations.get("prometheus.io/path"), rendered + ": " + service.name() + " metrics path");
                assertEquals(String.valueOf(service.httpPort()), annotations.get("prometheus.io/port"),
                        rendered + ": " + service.name() + " metrics port");
            }
        }
        for (GenericKubernetesResource monitor : rendered.manifests.generic("monitoring.coreos.com/v1", "PodMonitor")) {
            for (Object endpoint : (List<?>) Rendered.path(monitor, "spec", "podMetricsEndpoints")) {
                Map<?, ?> scrape = (Map<?, ?>) endpoint;
                assertEquals(metricsPath, scrape.get("path"), rendered + ": PodMonitor path");
                for (ServiceModule service : SERVICES) {
                    Container container = Rendered.container(rendered.deployment(service.name()).orElseThrow());
                    assertTrue(container.getPorts().stream().anyMatch(port -> scrape.get("port").equals(port.getName())),
                            rendered + ": " + service.name() + " has the port the PodMonitor scrapes");
                }
            }
        }
        Set<String> exposed = chassisMetrics();
        Pattern metric = Pattern.compile("\\bcarepath_[a-z0-9_]+");
        for (GenericKubernetesResource rule : rendered.manifests.generic("monitoring.coreos.com/v1", "PrometheusRule")) {
            for (Object group : (List<?>) Rendered.path(rule, "spec", "groups")) {
                for (Object entry : (List<?>) ((Map<?, ?>) group).get("rules")) {
                    String expr = String.valueOf(((Map<?, ?>) entry).get("expr"));
                    Matcher names = metric.matcher(expr);
                    while (names.find()) {
                        assertTrue(exposed.contains(names.group()), rendered + ": alert " + ((Map<?, ?>) entry).get("alert")
                                + " uses " + names.group() + ", which the services do not expose (they expose " + exposed + ")");
                    }
                }
            }
        }
    }

    /** The chassis's Micrometer meters in Prometheus form: dots to underscores, counters with _total. */
    static Set<String> chassisMetrics() {
        Set<String> metrics = new LinkedHashSet<>();
        Pattern gauge = Pattern.compile("Gauge\\.builder\\(\"([^\"]+)\"");
        Pattern counter = Pattern.compile("\\.counter\\(\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Repository.CHASSIS_SOURCES)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Repository.read(source);
                Matcher gauges = gauge.matcher(code);
                while (gauges.find()) {
                    metrics.add(gauges.group(1).replace('.', '_'));
                }
                Matcher counters = counter.matcher(code);
                while (counters.find()) {
                    metrics.add(counters.group(1).replace('.', '_') + "_total");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(metrics.contains("carepath_outbox_backlog"), "the chassis exposes the outbox backlog: " + metrics);
        return metrics;
    }

    @Test
    void everyManifestFileIsPartOfARendering() throws IOException {
        Set<Path> rendered = renderings().flatMap(rendering -> rendering.rendering.files().stream())
                .collect(Collectors.toSet());
        List<Path> orphans;
        try (Stream<Path> files = Files.walk(Repository.K8S)) {
            orphans = files.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
                    .map(path -> path.toAbsolutePath().normalize()).filter(path -> !rendered.contains(path)).toList();
        }
        assertEquals(List.of(), orphans, "manifests no kustomization uses");
    }

    private static int containerPort(Container container, IntOrString port) {
        assertNotNull(port, container.getName() + ": a port");
        if (port.getIntVal() != null) {
            Optional<ContainerPort> declared = container.getPorts().stream()
                    .filter(candidate -> candidate.getContainerPort().equals(port.getIntVal())).findFirst();
            assertTrue(declared.isPresent(), container.getName() + " declares port " + port.getIntVal());
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .findFirst().map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + port.getStrVal()));
    }
}
