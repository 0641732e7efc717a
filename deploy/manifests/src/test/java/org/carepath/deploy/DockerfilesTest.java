package org.carepath.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Each service's src/main/docker/Dockerfile.jvm: the Quarkus fast-jar layout, pinned, non-root, no settings. */
class DockerfilesTest {

    private static final List<ServiceModule> SERVICES = ServiceModule.all();

    private static List<String> instructions(ServiceModule module) {
        List<String> instructions = new ArrayList<>();
        for (String line : Repository.read(module.dockerfile()).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                instructions.add(trimmed);
            }
        }
        return instructions;
    }

    @Test
    void baseImageIsPinned() {
        for (ServiceModule module : SERVICES) {
            List<String> from = instructions(module).stream().filter(line -> line.startsWith("FROM ")).toList();
            assertEquals(1, from.size(), module.name() + ": one stage");
            String image = from.get(0).substring("FROM ".length()).trim();
            String tag = Kustomize.tag(image);
            assertTrue(image.contains("@sha256:") || tag != null && !tag.equals("latest") && tag.matches(".*\\d.*"),
                    module.name() + " pins its base image: " + image);
        }
    }

    @Test
    void runsTheFastJarAsUser185OnTheServicesPort() {
        for (ServiceModule module : SERVICES) {
            List<String> instructions = instructions(module);
            for (String layer : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                    "target/quarkus-app/quarkus/")) {
                assertTrue(instructions.stream().anyMatch(line -> line.startsWith("COPY --chown=185 " + layer + " ")),
                        module.name() + " copies " + layer + " as its own layer");
            }
            assertTrue(instructions.contains("USER 185"), module.name() + " runs as user 185");
            assertTrue(instructions.contains("EXPOSE " + module.httpPort()), module.name() + " exposes " + module.httpPort());
            assertTrue(instructions.stream().anyMatch(line -> line.startsWith("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")),
                    module.name() + " runs quarkus-run.jar");
        }
    }

    @Test
    void noSettingIsBakedIn() {
        for (ServiceModule module : SERVICES) {
            Set<String> settings = module.production().stream().flatMap(requirement -> requirement.variables().stream())
                    .collect(Collectors.toSet());
            for (String line : instructions(module)) {
                if (line.startsWith("ENV ") || line.startsWith("ARG ")) {
                    String name = line.substring(4).trim().split("[= ]")[0];
                    assertFalse(settings.contains(name) || name.startsWith("QUARKUS_") || name.startsWith("KAFKA_")
                            || name.startsWith("MP_") || name.startsWith("CAREPATH_"),
                            module.name() + "'s image sets " + name + "; settings come from the environment");
                }
                assertFalse(line.startsWith("COPY") && line.contains("application.properties"),
                        module.name() + "'s image copies configuration: " + line);
                assertFalse(line.contains("-Dquarkus.datasource") || line.contains("-Dkafka.") || line.contains("-Dmp.jwt"),
                        module.name() + "'s image passes a setting: " + line);
            }
        }
    }
}
