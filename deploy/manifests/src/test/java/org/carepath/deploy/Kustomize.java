package org.carepath.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the features CarePath's use: resources
 * (files and directories), components, namespace, images, and patches (strategic merge or JSON 6902, from a
 * file or inline, with a target by group, version, kind and name). Anything else in a kustomization fails the
 * rendering rather than being ignored. Strategic merge is approximated: lists of objects with a {@code name}
 * merge by name in built-in kinds, custom resources merge as JSON merge patches (lists replaced), as kustomize does.
 */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "components", "namespace",
            "images", "patches");

    /** Every file a rendering read: kustomizations, resources and patches. */
    private final Set<Path> read = new LinkedHashSet<>();

    static Rendering build(Path directory) {
        Kustomize kustomize = new Kustomize();
        List<Map<String, Object>> resources = kustomize.render(directory.toAbsolutePath().normalize(), "Kustomization");
        return new Rendering(directory, resources, Set.copyOf(kustomize.read));
    }

    record Rendering(Path directory, List<Map<String, Object>> resources, Set<Path> files) {
    }

    private List<Map<String, Object>> render(Path directory, String expectedKind) {
        Path file = directory.resolve("kustomization.yaml");
        Map<String, Object> kustomization = single(file);
        Object kind = kustomization.getOrDefault("kind", "Kustomization");
        if (!expectedKind.equals(kind)) {
            throw new IllegalStateException(file + " is a " + kind + ", expected a " + expectedKind);
        }
        for (String field : kustomization.keySet()) {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(file + ": '" + field + "' is not rendered by this test; extend Kustomize");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String entry : strings(kustomization.get("resources"), file)) {
            Path resource = directory.resolve(entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource, "Kustomization"));
            } else {
                resources.addAll(documents(resource));
            }
        }
        for (String entry : strings(kustomization.get("components"), file)) {
            resources = applyComponent(directory.resolve(entry).normalize(), resources);
        }
        applyTransformers(kustomization, directory, file, resources);
        return resources;
    }

    private List<Map<String, Object>> applyComponent(Path directory, List<Map<String, Object>> resources) {
        Path file = directory.resolve("kustomization.yaml");
        Map<String, Object> component = single(file);
        if (!"Component".equals(component.get("kind"))) {
            throw new IllegalStateException(file + " is listed under components but is not a Component");
        }
        List<Map<String, Object>> result = new ArrayList<>(resources);
        List<Map<String, Object>> own = new ArrayList<>();
        for (String entry : strings(component.get("resources"), file)) {
            Path resource = directory.resolve(entry).normalize();
            own.addAll(Files.isDirectory(resource) ? render(resource, "Kustomization") : documents(resource));
        }
        result.addAll(own);
        applyTransformers(component, directory, file, result);
        return result;
    }

    @SuppressWarnings("unchecked")
    private void applyTransformers(Map<String, Object> kustomization, Path directory, Path file,
            List<Map<String, Object>> resources) {
        for (Object entry : list(kustomization.get("patches"), file)) {
            Map<String, Object> patch = (Map<String, Object>) entry;
            String text;
            if (patch.get("path") != null) {
                Path patchFile = directory.resolve((String) patch.get("path")).normalize();
                read.add(patchFile);
                text = Repository.read(patchFile);
            } else {
                text = (String) Objects.requireNonNull(patch.get("patch"), file + ": a patch needs a path or a patch");
            }
            applyPatch(file, text, (Map<String, Object>) patch.get("target"), resources);
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> resource : resources) {
                metadata(resource).put("namespace", namespace);
            }
        }
        for (Object entry : list(kustomization.get("images"), file)) {
            Map<String, Object> image = (Map<String, Object>) entry;
            int changed = 0;
            for (Map<String, Object> resource : resources) {
                for (Map<String, Object> container : containers(resource)) {
                    String current = (String) container.get("image");
                    if (repository(current).equals(image.get("name"))) {
                        String name = (String) image.getOrDefault("newName", repository(current));
                        String tag = image.containsKey("newTag") ? String.valueOf(image.get("newTag")) : tag(current);
                        container.put("image", tag == null ? name : name + ":" + tag);
                        changed++;
                    }
                }
            }
            if (changed == 0) {
                throw new IllegalStateException(file + ": image " + image.get("name") + " matches no container");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void applyPatch(Path file, String text, Map<String, Object> target,
            List<Map<String, Object>> resources) {
        Object patch;
        try {
            patch = YAML.readValue(text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable patch", e);
        }
        List<Map<String, Object>> targets;
        if (target != null) {
            targets = resources.stream().filter(resource -> matches(resource, target)).toList();
        } else if (patch instanceof Map<?, ?> strategic) {
            Map<String, Object> self = (Map<String, Object>) strategic;
            targets = resources.stream().filter(resource -> Objects.equals(resource.get("kind"), self.get("kind"))
                    && Objects.equals(name(resource), name(self))
                    && Objects.equals(group(resource), group(self))).toList();
        } else {
            throw new IllegalStateException(file + ": a JSON 6902 patch needs a target");
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException(file + ": a patch matches no resource: " + (target != null ? target : text));
        }
        for (Map<String, Object> resource : targets) {
            if (patch instanceof List<?> operations) {
                for (Object operation : operations) {
                    try {
                        Json6902.apply(resource, (Map<String, Object>) operation);
                    } catch (IllegalStateException e) {
                        throw new IllegalStateException(file + ": patch of " + resource.get("kind") + "/" + name(resource)
                                + ": " + e.getMessage(), e);
                    }
                }
            } else {
                Map<String, Object> merged = (Map<String, Object>) merge(resource, patch, builtIn(resource));
                resource.clear();
                resource.putAll(merged);
            }
        }
    }

    private static boolean matches(Map<String, Object> resource, Map<String, Object> target) {
        for (String field : target.keySet()) {
            if (!Set.of("group", "version", "kind", "name").contains(field)) {
                throw new IllegalStateException("patch target field '" + field + "' is not rendered by this test");
            }
        }
        String apiVersion = (String) resource.get("apiVersion");
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        return (target.get("kind") == null || target.get("kind").equals(resource.get("kind")))
                && (target.get("name") == null || name(resource).matches((String) target.get("name")))
                && (target.get("group") == null || target.get("group").equals(group(resource)))
                && (target.get("version") == null || target.get("version").equals(version));
    }

    /** Kubernetes' own kinds (core and *.k8s.io groups, or a group without a dot) merge lists by name. */
    private static boolean builtIn(Map<String, Object> resource) {
        String group = group(resource);
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    @SuppressWarnings("unchecked")
    static Object merge(Object target, Object patch, boolean byName) {
        if (patch instanceof Map<?, ?> patchMap) {
            Map<String, Object> result = target instanceof Map<?, ?> targetMap
                    ? new LinkedHashMap<>((Map<String, Object>) targetMap) : new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : patchMap.entrySet()) {
                String key = (String) entry.getKey();
                if (key.startsWith("$")) {
                    throw new IllegalStateException("strategic merge directive " + key + " is not rendered by this test");
                }
                if (entry.getValue() == null) {
                    result.remove(key);
                } else {
                    result.put(key, merge(result.get(key), entry.getValue(), byName));
                }
            }
            return result;
        }
        if (byName && patch instanceof List<?> patchList && target instanceof List<?> targetList
                && allNamed(patchList) && allNamed(targetList)) {
            List<Object> result = new ArrayList<>(targetList);
            for (Object element : patchList) {
                Object elementName = ((Map<?, ?>) element).get("name");
                int at = -1;
                for (int i = 0; i < result.size(); i++) {
                    if (elementName.equals(((Map<?, ?>) result.get(i)).get("name"))) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    result.set(at, merge(result.get(at), element, true));
                } else {
                    result.add(element);
                }
            }
            return result;
        }
        return patch;
    }

    private static boolean allNamed(List<?> list) {
        return list.stream().allMatch(element -> element instanceof Map<?, ?> map && map.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> resource) {
        Object spec = resource.get("spec");
        if (!(spec instanceof Map<?, ?>)) {
            return List.of();
        }
        Object template = ((Map<String, Object>) spec).get("template");
        if (!(template instanceof Map<?, ?>)) {
            return List.of();
        }
        Object podSpec = ((Map<String, Object>) template).get("spec");
        if (!(podSpec instanceof Map<?, ?>)) {
            return List.of();
        }
        List<Map<String, Object>> containers = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            Object list = ((Map<String, Object>) podSpec).get(field);
            if (list instanceof List<?> entries) {
                entries.forEach(entry -> containers.add((Map<String, Object>) entry));
            }
        }
        return containers;
    }

    /** An image reference without its tag or digest. */
    static String repository(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    static String tag(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(colon + 1) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> resource) {
        return (Map<String, Object>) resource.computeIfAbsent("metadata", key -> new LinkedHashMap<>());
    }

    private static String name(Map<String, Object> resource) {
        return (String) metadata(resource).get("name");
    }

    private static String group(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    private List<Map<String, Object>> documents(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing resource " + file);
        }
        read.add(file);
        return readAll(file);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (MappingIterator<Object> values = YAML.readerFor(Object.class).readValues(file.toFile())) {
            while (values.hasNext()) {
                Object document = values.next();
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable YAML " + file, e);
        }
        return documents;
    }

    private Map<String, Object> single(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file);
        }
        read.add(file);
        List<Map<String, Object>> documents = readAll(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " must hold one document");
        }
        return documents.get(0);
    }

    private static List<String> strings(Object value, Path file) {
        return list(value, file).stream().map(String::valueOf).toList();
    }

    private static List<?> list(Object value, Path file) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(file + ": expected a list, got " + value);
        }
        return list;
    }
}
