package org.carepath.scheduling;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.http.RequestIds;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Every SQL statement Hibernate prepares (entity, HQL and native alike) while serving a request whose
 * {@code X-Request-Id} starts with {@link #COUNTED}, kept by request id: how a test counts what one request costs.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class StatementLog implements StatementInspector {

    public static final String COUNTED = "counted-";

    private static final Map<String, List<String>> BY_REQUEST = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        RequestIds.current().filter(id -> id.startsWith(COUNTED))
                .ifPresent(id -> BY_REQUEST.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(sql));
        return sql;
    }

    public static List<String> of(String requestId) {
        return List.copyOf(BY_REQUEST.getOrDefault(requestId, List.of()));
    }
}
