package dev.flightpath.loaders.jfr.fast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The types of one chunk, read from its metadata record: a string table, then a tree of elements
 * ({@code root → metadata → class → field}) whose attributes index the string table.
 */
final class JfrMetadata {
    private final Map<Long, JfrType> typesById;
    private final Map<String, JfrType> typesByName;

    private JfrMetadata(Map<Long, JfrType> typesById) {
        this.typesById = typesById;
        this.typesByName = new HashMap<>();
        for (JfrType type : typesById.values()) {
            typesByName.putIfAbsent(type.name(), type);
        }
    }

    JfrType type(long id) throws UnsupportedLayoutException {
        JfrType type = typesById.get(id);
        if (type == null) {
            throw new UnsupportedLayoutException("type id " + id + " is not in the metadata");
        }
        return type;
    }

    /** The type of that name, or null. */
    JfrType typeNamed(String name) {
        return typesByName.get(name);
    }

    /** Reads the metadata record at the cursor's position (its size and type id included). */
    static JfrMetadata read(JfrBytes in) throws UnsupportedLayoutException {
        in.varInt(); // size
        long typeId = in.varLong();
        if (typeId != 0) {
            throw new UnsupportedLayoutException("no metadata record at the header's metadata offset");
        }
        in.varLong(); // start time
        in.varLong(); // duration
        in.varLong(); // metadata id
        int stringCount = in.varInt();
        if (stringCount < 0 || stringCount > in.length()) {
            throw new UnsupportedLayoutException("metadata string count " + stringCount);
        }
        String[] strings = new String[stringCount];
        for (int i = 0; i < stringCount; i++) {
            strings[i] = in.string(key -> {
                throw new UnsupportedLayoutException("constant-pool string in the metadata");
            });
        }
        Element root = Element.read(in, strings, 0);
        Map<Long, JfrType> types = new HashMap<>();
        for (Element metadata : root.children("metadata")) {
            for (Element type : metadata.children("class")) {
                String name = type.attribute("name");
                long id = parseLong(type.attribute("id"));
                List<JfrField> fields = new ArrayList<>();
                for (Element field : type.children("field")) {
                    fields.add(new JfrField(field.attribute("name"), parseLong(field.attribute("class")),
                            "true".equals(field.attribute("constantPool")), "1".equals(field.attribute("dimension"))));
                }
                if (name == null) {
                    throw new UnsupportedLayoutException("a metadata class without a name");
                }
                types.put(id, new JfrType(id, name, JfrType.kindOf(name), fields));
            }
        }
        return new JfrMetadata(types);
    }

    private static long parseLong(String value) throws UnsupportedLayoutException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new UnsupportedLayoutException("metadata number '" + value + "'");
        }
    }

    /** A metadata element: its name, attributes and children. */
    private record Element(String name, Map<String, String> attributes, List<Element> children) {
        private static final int MAX_DEPTH = 64;

        static Element read(JfrBytes in, String[] strings, int depth) throws UnsupportedLayoutException {
            if (depth > MAX_DEPTH) {
                throw new UnsupportedLayoutException("metadata nested too deeply");
            }
            String name = lookup(strings, in.varInt());
            int attributeCount = in.varInt();
            checkCount(attributeCount, in);
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < attributeCount; i++) {
                String key = lookup(strings, in.varInt());
                attributes.put(key, lookup(strings, in.varInt()));
            }
            int childCount = in.varInt();
            checkCount(childCount, in);
            List<Element> children = new ArrayList<>(childCount);
            for (int i = 0; i < childCount; i++) {
                children.add(read(in, strings, depth + 1));
            }
            return new Element(name, attributes, children);
        }

        String attribute(String key) {
            return attributes.get(key);
        }

        List<Element> children(String childName) {
            List<Element> named = new ArrayList<>();
            for (Element child : children) {
                if (childName.equals(child.name)) {
                    named.add(child);
                }
            }
            return named;
        }

        private static String lookup(String[] strings, int index) throws UnsupportedLayoutException {
            if (index < 0 || index >= strings.length) {
                throw new UnsupportedLayoutException("metadata string index " + index);
            }
            return strings[index];
        }

        private static void checkCount(int count, JfrBytes in) throws UnsupportedLayoutException {
            if (count < 0 || count > in.length() - in.position()) {
                throw new UnsupportedLayoutException("metadata element count " + count);
            }
        }
    }
}
