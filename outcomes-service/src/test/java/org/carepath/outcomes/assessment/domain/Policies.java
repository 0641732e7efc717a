package org.carepath.outcomes.assessment.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default policy with components overridden, as a clinic's configuration would. */
final class Policies {

    private Policies() {
    }

    static OutcomePolicy with(String component, Object value) {
        return with(Map.of(component, value));
    }

    static OutcomePolicy with(String component, Object value, String otherComponent, Object otherValue) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put(component, value);
        overrides.put(otherComponent, otherValue);
        return with(overrides);
    }

    /** Prorating enabled with the default limits. */
    static OutcomePolicy prorating() {
        return with("proratingEnabled", true);
    }

    static OutcomePolicy with(Map<String, Object> overrides) {
        OutcomePolicy base = OutcomePolicy.defaults();
        RecordComponent[] components = OutcomePolicy.class.getRecordComponents();
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
            return OutcomePolicy.class.getDeclaredConstructor(types).newInstance(values);
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
