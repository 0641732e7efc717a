package org.carepath.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service as its own configuration describes it: the chassis defaults overlaid by the module's
 * application.properties (profile-free values), its HTTP port, health paths, and the settings production must
 * give it through the environment.
 */
record ServiceModule(String name, Path dir, Map<String, String> config, List<Requirement> production,
        Set<String> variablesRead) {

    /** A setting production must provide: any one of these environment variables sets it. */
    record Requirement(String setting, Set<String> variables, String why) {
    }

    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z0-9_.\\-]+):(.*)}$");
    private static final Pattern LOCAL = Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\.local\\b)");
    private static final Pattern VARIABLE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern EXPRESSION_ANYWHERE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    static List<ServiceModule> all() {
        return Repository.serviceModules().stream().map(ServiceModule::load).toList();
    }

    static ServiceModule load(String module) {
        Path dir = Repository.ROOT.resolve(module);
        Path own = dir.resolve("src/main/resources/application.properties");
        Map<String, String> config = new LinkedHashMap<>();
        Map<String, String> chassis = properties(Repository.CHASSIS_CONFIG);
        Map<String, String> service = properties(own);
        chassis.forEach((key, value) -> {
            if (!key.startsWith("%")) {
                config.put(key, value);
            }
        });
        service.forEach((key, value) -> {
            if (!key.startsWith("%")) {
                config.put(key, value);
            }
        });

        Map<String, Requirement> production = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            Matcher expression = EXPRESSION.matcher(value);
            String fallback = expression.matches() ? expression.group(2) : value;
            if (LOCAL.matcher(fallback).find()) {
                Set<String> variables = new LinkedHashSet<>();
                variables.add(environmentName(key));
                if (expression.matches()) {
                    variables.add(environmentName(expression.group(1)));
                }
                production.put(key, new Requirement(key, variables, "its default '" + value + "' is a local address"));
            } else if (key.endsWith(".username") || key.endsWith(".password")) {
                production.put(key, new Requirement(key, Set.of(environmentName(key)), "a credential"));
            }
        });
        for (String variable : productionVariablesNamedIn(Repository.read(own))) {
            production.putIfAbsent(variable, new Requirement(variable, Set.of(variable),
                    "the header of " + Repository.ROOT.relativize(own) + " says production sets it"));
        }

        Set<String> read = new LinkedHashSet<>();
        for (Map<String, String> source : List.of(chassis, service)) {
            source.forEach((key, value) -> {
                read.add(environmentName(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key));
                Matcher expressions = EXPRESSION_ANYWHERE.matcher(value);
                while (expressions.find()) {
                    read.add(expressions.group(1));
                }
            });
        }
        production.values().forEach(requirement -> read.addAll(requirement.variables()));
        return new ServiceModule(module, dir, config, List.copyOf(production.values()), read);
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics to '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The variables in the file's opening comment after "Production sets", whole names only. */
    static Set<String> productionVariablesNamedIn(String properties) {
        StringBuilder header = new StringBuilder();
        for (String line : properties.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line.substring(1)).append(' ');
        }
        int at = header.indexOf("Production sets");
        Set<String> variables = new LinkedHashSet<>();
        if (at >= 0) {
            Matcher names = VARIABLE.matcher(header.substring(at));
            while (names.find()) {
                variables.add(names.group());
            }
        }
        return variables;
    }

    int httpPort() {
        return Integer.parseInt(required("quarkus.http.port"));
    }

    String healthRoot() {
        return config.getOrDefault("quarkus.smallrye-health.root-path", "/q/health");
    }

    /** SmallRye Health's paths under the root: /ready, /live and /started unless configured otherwise. */
    String healthPath(String kind) {
        String sub = config.getOrDefault("quarkus.smallrye-health." + kind + "-path", switch (kind) {
            case "readiness" -> "ready";
            case "liveness" -> "live";
            case "startup" -> "started";
            default -> throw new IllegalArgumentException(kind);
        });
        return sub.startsWith("/") ? sub : healthRoot() + "/" + sub;
    }

    boolean managementInterfaceEnabled() {
        return Boolean.parseBoolean(config.getOrDefault("quarkus.management.enabled", "false"));
    }

    Path dockerfile() {
        return dir.resolve("src/main/docker/Dockerfile.jvm");
    }

    private String required(String key) {
        String value = config.get(key);
        if (value == null) {
            throw new IllegalStateException(name + " sets no " + key);
        }
        return value;
    }

    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (StringReader reader = new StringReader(Files.readString(file))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(properties.stringPropertyNames());
        keys.sort(null);
        keys.forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
