package dev.flightpath.loaders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flightpath.loaders.spans.JsonTree;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads corpus JSON into plain values and writes values back, so tests can reshape real files. */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    public static Object read(Path file) {
        try (JsonParser parser = FACTORY.createParser(Files.newInputStream(file))) {
            parser.nextToken();
            return JsonTree.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object read(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return JsonTree.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw text of each element of the file's top-level array, or of its {@code traceEvents}. */
    public static List<String> arrayElements(Path file) {
        try {
            String text = Files.readString(file);
            List<String> elements = new ArrayList<>();
            try (JsonParser parser = FACTORY.createParser(text)) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME && !parser.currentName().equals("traceEvents")) {
                        parser.nextToken();
                        parser.skipChildren();
                    }
                    parser.nextToken();
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getCharOffset();
                    elements.add(text.substring(start, end));
                }
            }
            return elements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                generator.writeFieldName(entry.getKey().toString());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List) {
            generator.writeStartArray();
            for (Object element : (List<?>) value) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String) {
            generator.writeString((String) value);
        } else if (value instanceof Boolean) {
            generator.writeBoolean((Boolean) value);
        } else if (value instanceof Number) {
            generator.writeNumber(value.toString());
        } else {
            generator.writeNull();
        }
    }
}
