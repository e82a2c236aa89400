package dev.flightpath.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Gives each distinct string a dense int id, so columns store ints instead of references. */
final class StringPool {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    int intern(String value) {
        Objects.requireNonNull(value, "value");
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        int newId = strings.size();
        strings.add(value);
        ids.put(value, newId);
        return newId;
    }

    List<String> values() {
        return List.copyOf(strings);
    }
}
