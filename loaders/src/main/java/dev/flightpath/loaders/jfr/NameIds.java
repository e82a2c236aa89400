package dev.flightpath.loaders.jfr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers distinct names 0, 1, 2, … in order of first sight. The consumer hands out the same
 * {@code String} instance for a name from a constant pool, so the last name is checked by
 * identity before the map is asked. Not thread-safe.
 */
final class NameIds {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private String lastName;
    private int lastId = -1;

    int id(String name) {
        if (name == lastName) {
            return lastId;
        }
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        lastName = name;
        lastId = id;
        return id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }

    /** Per id, its place when the names are sorted (String order). */
    int[] sortedRanks() {
        Integer[] byName = new Integer[names.size()];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, (a, b) -> names.get(a).compareTo(names.get(b)));
        int[] ranks = new int[byName.length];
        for (int rank = 0; rank < byName.length; rank++) {
            ranks[byName[rank]] = rank;
        }
        return ranks;
    }
}
