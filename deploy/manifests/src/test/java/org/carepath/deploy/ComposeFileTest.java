package org.carepath.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.carepath.platform.events.Topics;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml against the services' configuration, Dockerfiles and topics. */
class ComposeFileTest {

    private static final List<ServiceModule> SERVICES = ServiceModule.all();
    private static final Path FILE = Repository.COMPOSE.resolve("compose.yaml");
    /** A compose value: plain, or ${VAR:-default} / ${VAR-default} / ${VAR:?error} interpolation. */
    private static final Pattern INTERPOLATION = Pattern.compile("^\\$\\{([A-Za-z0-9_]+)(?:(:?-)(.*)|(:?\\?)(.*))?}$");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        return (Map<String, Object>) Kustomize.readAll(FILE).get(0).get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertNotNull(service, "compose.yaml runs " + name);
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) {
        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
        assertNotNull(environment, name + " has an environment map");
        return environment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue() == null ? "" : String.valueOf(entry.getValue())));
    }

    /** What compose would pass with no variables exported: the default, or null when it would be unset. */
    private static String effective(String value) {
        Matcher interpolation = INTERPOLATION.matcher(value);
        if (!interpolation.matches()) {
            return value;
        }
        if (interpolation.group(2) != null) {
            return interpolation.group(3);
        }
        return interpolation.group(4) != null ? "<required>" : null;
    }

    @Test
    void eachServiceIsBuiltFromItsModulesDockerfile() {
        for (ServiceModule module : SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) service(module.name()).get("build");
            assertNotNull(build, module.name() + " is built");
            Path context = Repository.COMPOSE.resolve((String) build.get("context")).normalize();
            assertEquals(module.dir(), context, module.name() + " builds from its module folder");
            assertEquals(module.dockerfile(), context.resolve((String) build.get("dockerfile")).normalize(),
                    module.name() + " builds from its Dockerfile.jvm");
        }
    }

    @Test
    void everySettingProductionNeedsIsSet() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule module : SERVICES) {
            Map<String, String> environment = environment(module.name());
            for (ServiceModule.Requirement requirement : module.production()) {
                boolean set = requirement.variables().stream().map(environment::get)
                        .anyMatch(value -> value != null && effective(value) != null && !effective(value).isBlank());
                if (!set) {
                    problems.add(module.name() + ": " + requirement.setting() + " needs " + requirement.variables());
                }
            }
            for (String variable : environment.keySet()) {
                if (variable.startsWith("CAREPATH_") && !module.variablesRead().contains(variable)) {
                    problems.add(module.name() + " is given " + variable + ", which its configuration never reads");
                }
            }
        }
        assertEquals(List.of(), problems, "compose.yaml's service environments");
    }

    @Test
    void healthChecksAskTheReadinessEndpointOnTheHttpPort() {
        for (ServiceModule module : SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> check = (Map<String, Object>) service(module.name()).get("healthcheck");
            assertNotNull(check, module.name() + " has a health check");
            String test = String.valueOf(check.get("test"));
            assertTrue(test.contains(module.healthPath("readiness")), module.name() + " checks readiness: " + test);
            assertTrue(test.contains("/" + module.httpPort() + " ") || test.contains(":" + module.httpPort() + "/"),
                    module.name() + " checks port " + module.httpPort() + ": " + test);
        }
    }

    @Test
    void onlyTheGatewayIsPublished() {
        List<String> published = services().entrySet().stream()
                .filter(entry -> ((Map<?, ?>) entry.getValue()).containsKey("ports")).map(Map.Entry::getKey).toList();
        assertEquals(List.of("gateway"), published, "services with host ports");
        Object port = ((List<?>) service("gateway").get("ports")).get(0);
        ServiceModule gateway = SERVICES.stream().filter(module -> module.name().equals("gateway")).findFirst().orElseThrow();
        assertTrue(String.valueOf(port).endsWith(":" + gateway.httpPort()), "the gateway's port is published: " + port);
    }

    @Test
    void upstreamsAndDatabasesPointAtTheRightContainers() {
        Map<String, String> gateway = environment("gateway");
        for (ServiceModule module : SERVICES) {
            if (module.name().equals("gateway")) {
                continue;
            }
            String upstream = module.name().replace("-service", "");
            assertEquals("http://" + module.name() + ":" + module.httpPort(),
                    gateway.get(ServiceModule.environmentName("carepath.gateway.upstreams." + upstream + ".url")),
                    "the gateway's " + upstream + " upstream");
        }
        String init = Repository.read(Repository.COMPOSE.resolve("init-databases.sh"));
        Map<String, String> postgres = environment("postgres");
        TreeSet<String> databases = new TreeSet<>();
        for (ServiceModule module : SERVICES) {
            Map<String, String> environment = environment(module.name());
            Matcher url = Pattern.compile("jdbc:postgresql://postgres:5432/([a-z]+)").matcher(environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertTrue(url.matches(), module.name() + "'s JDBC URL names the postgres container");
            String database = url.group(1);
            assertTrue(databases.add(database), database + " serves one service only");
            assertTrue(Pattern.compile("\\bfor service in [a-z ]*\\b" + database + "\\b").matcher(init).find(),
                    "init-databases.sh creates " + database);
            assertEquals(database, environment.get("QUARKUS_DATASOURCE_USERNAME"), module.name() + " logs in as its own role");
            String password = database.toUpperCase() + "_DB_PASSWORD";
            assertEquals(effective(postgres.get(password)), effective(environment.get("QUARKUS_DATASOURCE_PASSWORD")),
                    module.name() + "'s password is the one its role is created with");
        }
    }

    @Test
    void everyTopicAndDeadLetterTopicIsCreated() {
        String script = Repository.read(Repository.COMPOSE.resolve("create-topics.sh"));
        for (String topic : Rendered.codeTopics()) {
            if (topic.endsWith(Topics.deadLetterOf(""))) {
                continue;
            }
            assertTrue(script.contains(topic), "create-topics.sh creates " + topic);
        }
        assertTrue(script.contains("--topic \"" + Topics.deadLetterOf("$topic") + "\""),
                "create-topics.sh creates each topic's dead-letter topic as Topics.deadLetterOf names it");
        assertEquals("false", environment("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"),
                "topics exist only as the script creates them");
        assertTrue(service("kafka").get("image").toString().endsWith(":" + Repository.property("kafka.version")),
                "the broker runs the kafka-clients version the services are built with");
        assertTrue(Files.isRegularFile(Repository.COMPOSE.resolve("init-databases.sh")));
    }
}
