package org.carepath.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON Patch (RFC 6902) add, replace and remove, strict as kustomize is: a missing path fails. */
final class Json6902 {

    private Json6902() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> document, Map<String, Object> operation) {
        String op = (String) operation.get("op");
        String path = (String) operation.get("path");
        List<String> tokens = tokens(path);
        if (tokens.isEmpty()) {
            throw new IllegalStateException("cannot patch the whole document: " + operation);
        }
        Object parent = document;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parent = child(parent, token, path);
        }
        String last = tokens.get(tokens.size() - 1);
        Object value = operation.get("value");
        switch (op) {
            case "add" -> {
                if (parent instanceof Map<?, ?> map) {
                    ((Map<String, Object>) map).put(last, value);
                } else if (parent instanceof List<?> list) {
                    List<Object> elements = (List<Object>) list;
                    elements.add("-".equals(last) ? elements.size() : index(last, elements.size() + 1, path), value);
                } else {
                    throw new IllegalStateException("add: no object or array at " + path);
                }
            }
            case "replace" -> {
                child(parent, last, path);
                set(parent, last, value);
            }
            case "remove" -> {
                child(parent, last, path);
                if (parent instanceof Map<?, ?> map) {
                    map.remove(last);
                } else {
                    ((List<?>) parent).remove(index(last, ((List<?>) parent).size(), path));
                }
            }
            default -> throw new IllegalStateException("JSON patch op '" + op + "' is not rendered by this test");
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Object parent, String token, Object value) {
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(token, value);
        } else {
            List<Object> list = (List<Object>) parent;
            list.set(index(token, list.size(), token), value);
        }
    }

    private static Object child(Object parent, String token, String path) {
        Object child = null;
        if (parent instanceof Map<?, ?> map) {
            if (!map.containsKey(token)) {
                throw new IllegalStateException("no '" + token + "' on the path " + path);
            }
            child = map.get(token);
        } else if (parent instanceof List<?> list) {
            child = list.get(index(token, list.size(), path));
        } else {
            throw new IllegalStateException("nothing at " + path);
        }
        return child;
    }

    private static int index(String token, int size, String path) {
        int index;
        try {
            index = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("'" + token + "' is not an array index in " + path);
        }
        if (index < 0 || index >= size) {
            throw new IllegalStateException("index " + index + " out of range in " + path);
        }
        return index;
    }

    private static List<String> tokens(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            throw new IllegalStateException("not a JSON pointer: " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
