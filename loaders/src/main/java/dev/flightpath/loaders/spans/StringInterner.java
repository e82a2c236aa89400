package dev.flightpath.loaders.spans;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one instance per distinct string within one load: trace ids (one per trace, repeated by
 * every span of it), span names, attribute keys and values repeat across millions of spans, and
 * each copy would otherwise cost its own String and byte array. Not thread-safe; one per load,
 * dropped with the loader's other scratch state.
 */
public final class StringInterner {
    private final Map<String, String> strings = new HashMap<>();

    /** The first instance seen that equals {@code value}; null stays null. */
    public String intern(String value) {
        if (value == null) {
            return null;
        }
        String shared = strings.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
