package org.carepath.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the repository is, and which of its modules are services (Quarkus applications). */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("carepath.repository", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    static final Path CHASSIS_CONFIG = ROOT.resolve("platform/chassis/src/main/resources/META-INF/microprofile-config.properties");
    static final Path CHASSIS_SOURCES = ROOT.resolve("platform/chassis/src/main/java");

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private Repository() {
    }

    /** The root build's modules that build a Quarkus application: the services an image is made of. */
    static List<String> serviceModules() {
        List<String> services = new ArrayList<>();
        Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (modules.find()) {
            Path pom = ROOT.resolve(modules.group(1)).resolve("pom.xml");
            if (Files.exists(pom) && pluginsOf(read(pom)).contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
                services.add(modules.group(1));
            }
        }
        return services;
    }

    /** The root build's pinned property, e.g. kafka.version. */
    static String property(String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(read(ROOT.resolve("pom.xml")));
        if (!value.find()) {
            throw new IllegalStateException("pom.xml has no property " + name);
        }
        return value.group(1).trim();
    }

    private static String pluginsOf(String pom) {
        int build = pom.indexOf("<build>");
        if (build < 0) {
            return "";
        }
        String section = pom.substring(build);
        int management = section.indexOf("<pluginManagement>");
        int managementEnd = section.indexOf("</pluginManagement>");
        return management < 0 ? section : section.substring(0, management) + section.substring(managementEnd);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
