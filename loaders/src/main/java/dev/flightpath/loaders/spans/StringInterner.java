package dev.flightpath.loaders.spans;

/**
 * Shares one instance per distinct string within one load: trace ids (one per trace, repeated by
 * every span of it), span names, attribute keys and values repeat across millions of spans, and
 * each copy would otherwise cost its own String and byte array. Text can be looked up straight
 * from a parser's character buffer, so a repeated value costs no String at all. An open-addressing
 * table of the strings themselves (their hash is cached in each String). Not thread-safe; one per
 * load, dropped with the loader's other scratch state.
 */
public final class StringInterner {
    private String[] table = new String[1024];
    private int size;

    /** The first instance seen that equals {@code value}; null stays null. */
    public String intern(String value) {
        if (value == null) {
            return null;
        }
        int slot = slot(value.hashCode());
        for (String candidate = table[slot]; candidate != null; candidate = table[slot]) {
            if (candidate == value || candidate.equals(value)) {
                return candidate;
            }
            slot = (slot + 1) & (table.length - 1);
        }
        add(slot, value);
        return value;
    }

    /** The shared instance of the text {@code chars[offset, offset + length)}. */
    public String intern(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i]; // String.hashCode's definition
        }
        int slot = slot(hash);
        for (String candidate = table[slot]; candidate != null; candidate = table[slot]) {
            if (candidate.length() == length && sameText(candidate, chars, offset)) {
                return candidate;
            }
            slot = (slot + 1) & (table.length - 1);
        }
        String value = new String(chars, offset, length);
        add(slot, value);
        return value;
    }

    private static boolean sameText(String candidate, char[] chars, int offset) {
        for (int i = 0; i < candidate.length(); i++) {
            if (candidate.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        int mixed = hash * 0x9E3779B1;
        return (mixed ^ (mixed >>> 16)) & (table.length - 1);
    }

    private void add(int slot, String value) {
        table[slot] = value;
        size++;
        if (size * 2 > table.length) {
            String[] old = table;
            table = new String[old.length * 2];
            for (String kept : old) {
                if (kept != null) {
                    int free = slot(kept.hashCode());
                    while (table[free] != null) {
                        free = (free + 1) & (table.length - 1);
                    }
                    table[free] = kept;
                }
            }
        }
    }
}
