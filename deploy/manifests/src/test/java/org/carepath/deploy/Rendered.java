package org.carepath.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.carepath.platform.events.Topics;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** One rendering of deploy/k8s (the base or an overlay) with what the checks ask of it. */
final class Rendered {

    /** Keys CloudNativePG puts in the <cluster>-app Secret it creates for a cluster's owner role. */
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "user", "password", "dbname", "host", "port",
            "uri", "jdbc-uri", "pgpass");

    final String name;
    final Kustomize.Rendering rendering;
    final Manifests manifests;

    private Rendered(String name, Kustomize.Rendering rendering) {
        this.name = name;
        this.rendering = rendering;
        this.manifests = Manifests.of(rendering.resources());
    }

    @Override
    public String toString() {
        return name;
    }

    /** The base and every overlay under deploy/k8s/overlays. */
    static List<Rendered> all() {
        List<Rendered> all = new ArrayList<>();
        all.add(new Rendered("base", Kustomize.build(Repository.K8S.resolve("base"))));
        try (Stream<Path> overlays = Files.list(Repository.K8S.resolve("overlays"))) {
            overlays.filter(Files::isDirectory).sorted()
                    .forEach(overlay -> all.add(new Rendered(overlay.getFileName().toString(), Kustomize.build(overlay))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The base carries production's defaults; dev is allowed single copies and one replica. */
    boolean productionLike() {
        return !name.equals("dev");
    }

    String namespace() {
        return manifests.resources.stream().map(resource -> resource.getMetadata().getNamespace())
                .filter(namespace -> namespace != null).findFirst().orElse("default");
    }

    Optional<Deployment> deployment(String service) {
        return manifests.find(Deployment.class, service);
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(container -> container.getName().equals(deployment.getMetadata().getName()))
                .findFirst().orElse(containers.get(0));
    }

    Map<String, String> podLabels(String service) {
        return deployment(service).orElseThrow().getSpec().getTemplate().getMetadata().getLabels();
    }

    /** A variable's value and where it comes from. Secret values are not known here, only that they exist. */
    record Setting(String value, String source) {
        boolean isSet() {
            return value != null && !value.isBlank();
        }
    }

    /** The container's environment as Kubernetes would build it, noting references that cannot resolve. */
    Map<String, Setting> environment(Container container, List<String> problems) {
        Map<String, Setting> environment = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                Optional<ConfigMap> map = manifests.find(ConfigMap.class, name);
                if (map.isEmpty()) {
                    problems.add("envFrom names ConfigMap " + name + ", which is not in the rendering");
                } else if (map.get().getData() != null) {
                    map.get().getData().forEach((key, value) -> environment.put(prefix + key,
                            new Setting(value, "ConfigMap " + name)));
                }
            }
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                Set<String> keys = secretKeys(name);
                if (keys == null) {
                    problems.add("envFrom names Secret " + name + ", which nothing creates");
                } else {
                    keys.forEach(key -> environment.put(prefix + key, new Setting("<secret>", "Secret " + name)));
                }
            }
        }
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (variable.getValueFrom() == null) {
                environment.put(variable.getName(), new Setting(variable.getValue(), "env"));
                continue;
            }
            var configMapKey = variable.getValueFrom().getConfigMapKeyRef();
            var secretKey = variable.getValueFrom().getSecretKeyRef();
            if (configMapKey != null) {
                Optional<ConfigMap> map = manifests.find(ConfigMap.class, configMapKey.getName());
                String value = map.map(ConfigMap::getData).map(data -> data.get(configMapKey.getKey())).orElse(null);
                if (value == null || Boolean.TRUE.equals(configMapKey.getOptional())) {
                    problems.add(variable.getName() + " names " + configMapKey.getName() + "/" + configMapKey.getKey()
                            + ", which is missing or optional");
                } else {
                    environment.put(variable.getName(), new Setting(value, "ConfigMap " + configMapKey.getName()));
                }
            } else if (secretKey != null) {
                Set<String> keys = secretKeys(secretKey.getName());
                if (keys == null || !keys.contains(secretKey.getKey()) || Boolean.TRUE.equals(secretKey.getOptional())) {
                    problems.add(variable.getName() + " names Secret " + secretKey.getName() + " key " + secretKey.getKey()
                            + ", which nothing creates (or is optional)");
                } else {
                    environment.put(variable.getName(),
                            new Setting("<secret>", "Secret " + secretKey.getName() + " key " + secretKey.getKey()));
                }
            } else {
                environment.put(variable.getName(), new Setting("<field>", "field"));
            }
        }
        return environment;
    }

    /** The keys of a Secret in the rendering, or of one an operator creates for a resource in it; null if none. */
    Set<String> secretKeys(String name) {
        Optional<Secret> secret = manifests.find(Secret.class, name);
        if (secret.isPresent()) {
            Set<String> keys = new LinkedHashSet<>();
            if (secret.get().getData() != null) {
                keys.addAll(secret.get().getData().keySet());
            }
            if (secret.get().getStringData() != null) {
                keys.addAll(secret.get().getStringData().keySet());
            }
            return keys;
        }
        for (GenericKubernetesResource cluster : manifests.databaseClusters()) {
            if ((cluster.getMetadata().getName() + "-app").equals(name)) {
                return CNPG_APP_SECRET_KEYS;
            }
        }
        return null;
    }

    /** Every topic the code publishes or consumes (the constants of Topics) and each one's dead-letter topic. */
    static Set<String> codeTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String topic = (String) field.get(null);
                    topics.add(topic);
                    topics.add(Topics.deadLetterOf(topic));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("Topics declares no topic");
        }
        return topics;
    }

    static Object path(GenericKubernetesResource resource, String... path) {
        Object value = resource.getAdditionalProperties();
        for (String step : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }
}
