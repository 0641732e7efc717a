package org.carepath.platform.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * Builds a clinical policy record for one clinic: each component takes the clinic's override
 * ({@code PREFIX.clinic."CLINIC".component-name}), else the suite-wide setting ({@code PREFIX.component-name}),
 * else the record's default (DOMAIN.md's value). One mechanism for every service's thresholds. Configuration
 * is fixed while the service runs, so each clinic's policy is built once.
 */
@ApplicationScoped
public class ClinicPolicies {

    @Inject
    Config config;

    private final Map<String, Record> built = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <P extends Record> P forClinic(String prefix, String clinicId, P defaults) {
        return (P) built.computeIfAbsent(prefix + "|" + clinicId, key -> resolve(config, prefix, clinicId, defaults));
    }

    static <P extends Record> P resolve(Config config, String prefix, String clinicId, P defaults) {
        @SuppressWarnings("unchecked")
        Class<P> type = (Class<P>) defaults.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String name = kebab(component.getName());
            Class<?> boxed = boxed(component.getType());
            Optional<?> value = clinicId == null ? Optional.empty()
                    : config.getOptionalValue(prefix + ".clinic.\"" + clinicId + "\"." + name, boxed);
            if (value.isEmpty()) {
                value = config.getOptionalValue(prefix + "." + name, boxed);
            }
            values[i] = value.isPresent() ? value.get() : read(component, defaults);
        }
        try {
            Constructor<P> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("invalid " + prefix + " policy for clinic " + clinicId + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The policy with some components replaced by values a clinic stored through the API, keyed by the
     * components' kebab-case names. An unknown name, a value of the wrong type or one the record's own
     * validation refuses is an IllegalArgumentException naming the component.
     */
    @SuppressWarnings("unchecked")
    public static <P extends Record> P withOverrides(P policy, Map<String, ?> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return policy;
        }
        Class<P> type = (Class<P>) policy.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Object> remaining = new HashMap<>(overrides);
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String name = kebab(component.getName());
            values[i] = remaining.containsKey(name) ? convert(name, remaining.remove(name), types[i])
                    : read(component, policy);
        }
        if (!remaining.isEmpty()) {
            throw new IllegalArgumentException("unknown policy " + new TreeSet<>(remaining.keySet()).first());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(String name, Object value, Class<?> componentType) {
        Class<?> type = boxed(componentType);
        if (value == null && !componentType.isPrimitive()) {
            return null;
        }
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number && (type == Integer.class || type == Long.class || type == Double.class)) {
            boolean whole = number.doubleValue() == Math.rint(number.doubleValue());
            if (type == Integer.class && whole && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
                return number.intValue();
            }
            if (type == Long.class && whole) {
                return number.longValue();
            }
            if (type == Double.class) {
                return number.doubleValue();
            }
        }
        throw new IllegalArgumentException("policy " + name + " must be " + article(type));
    }

    private static String article(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Integer", "Long" -> "a whole number";
            case "Double" -> "a number";
            case "Boolean" -> "true or false";
            default -> "a " + type.getSimpleName().toLowerCase();
        };
    }

    private static Object read(RecordComponent component, Record defaults) {
        try {
            return component.getAccessor().invoke(defaults);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record component's name as policies are keyed: {@code trdMinimumFailedTrials} → {@code trd-minimum-failed-trials}. */
    public static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "boolean" -> Boolean.class;
            default -> throw new IllegalArgumentException("unsupported policy component type " + type);
        };
    }
}
