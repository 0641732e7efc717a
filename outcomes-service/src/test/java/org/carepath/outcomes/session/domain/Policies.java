package org.carepath.outcomes.session.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The default policy with components overridden, as a clinic's configuration would. */
final class Policies {

    private Policies() {
    }

    static SessionPolicy eu() {
        return with("euProfile", true);
    }

    static SessionPolicy with(String component, Object value) {
        return with(SessionPolicy.defaults(), component, value);
    }

    static SessionPolicy with(SessionPolicy base, String component, Object value) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(component, value);
        return with(base, overrides);
    }

    static SessionPolicy with(SessionPolicy base, Map<String, Object> overrides) {
        RecordComponent[] components = SessionPolicy.class.getRecordComponents();
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
            return SessionPolicy.class.getDeclaredConstructor(types).newInstance(values);
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
