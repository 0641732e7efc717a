package org.carepath.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * A rendering's resources as typed objects: Kubernetes' own kinds in fabric8's model, Strimzi's in Strimzi's
 * model, and the few other operators' kinds (CloudNativePG, its Barman Cloud plugin, the Prometheus Operator)
 * as generic resources.
 */
final class Manifests {

    /** Custom resources without a Java model on Maven Central: read generically, checked by path. */
    static final Set<String> GENERIC_API_VERSIONS = Set.of("postgresql.cnpg.io/v1", "barmancloud.cnpg.io/v1",
            "monitoring.coreos.com/v1");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI = Map.of(
            "kafka.strimzi.io/v1:Kafka", Kafka.class,
            "kafka.strimzi.io/v1:KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1:KafkaTopic", KafkaTopic.class);

    final List<HasMetadata> resources;

    private Manifests(List<HasMetadata> resources) {
        this.resources = resources;
    }

    static Manifests of(List<Map<String, Object>> documents) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            String json = SERIALIZATION.asJson(document);
            Class<? extends HasMetadata> strimzi = STRIMZI.get(document.get("apiVersion") + ":" + document.get("kind"));
            Object typed = strimzi != null ? SERIALIZATION.unmarshal(json, strimzi) : SERIALIZATION.unmarshal(json);
            resources.add((HasMetadata) typed);
        }
        return new Manifests(resources);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    List<GenericKubernetesResource> generic(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> apiVersion.equals(resource.getApiVersion()) && kind.equals(resource.getKind()))
                .toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<Service> services() {
        return all(Service.class);
    }

    List<ConfigMap> configMaps() {
        return all(ConfigMap.class);
    }

    List<Secret> secrets() {
        return all(Secret.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return all(HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return all(PodDisruptionBudget.class);
    }

    List<KafkaTopic> topics() {
        return all(KafkaTopic.class);
    }

    List<KafkaNodePool> nodePools() {
        return all(KafkaNodePool.class);
    }

    List<GenericKubernetesResource> databaseClusters() {
        return generic("postgresql.cnpg.io/v1", "Cluster");
    }

    /**
     * Fields the model did not know, anywhere in a typed resource: fabric8's and Strimzi's classes keep them in
     * additionalProperties instead of failing, so a misspelt field (readinesProbe) would otherwise pass unseen.
     */
    static List<String> unknownFields(HasMetadata resource) {
        List<String> unknown = new ArrayList<>();
        walk(resource, resource.getKind() + "/" + resource.getMetadata().getName(), unknown,
                java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Set<Object> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Quantity || value instanceof IntOrString
                || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> walk(entry, path + "." + key, unknown, seen));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object entry : collection) {
                walk(entry, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (!(name.startsWith("get") || name.startsWith("is"))) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (!(value instanceof GenericKubernetesResource) && child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            walk(child, path + "." + property(name), unknown, seen);
        }
    }

    private static String property(String getter) {
        String bare = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return bare.isEmpty() ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
