package org.carepath.intake.plan.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The default policy with one component overridden, as a clinic's configuration would. */
final class Policies {

    private Policies() {
    }

    static PlanPolicy eu() {
        return with("euProfile", true);
    }

    static PlanPolicy with(String component, Object value) {
        return with(PlanPolicy.defaults(), component, value);
    }

    static PlanPolicy with(PlanPolicy base, String component, Object value) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(component, value);
        return with(base, overrides);
    }

    /** A clinic IM protocol range; both ends are set together. */
    static PlanPolicy imRange(String minMgPerKg, String maxMgPerKg) {
        return with(PlanPolicy.defaults(), Map.of("imMinMgPerKg", new BigDecimal(minMgPerKg), "imMaxMgPerKg",
                new BigDecimal(maxMgPerKg)));
    }

    static PlanPolicy with(PlanPolicy base, Map<String, Object> overrides) {
        RecordComponent[] components = PlanPolicy.class.getRecordComponents();
        for (String name : overrides.keySet()) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
                throw new AssertionError("no policy component " + name);
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String name = components[i].getName();
                values[i] = overrides.containsKey(name) ? overrides.get(name)
                        : components[i].getAccessor().invoke(base);
            }
            return PlanPolicy.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new AssertionError(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
