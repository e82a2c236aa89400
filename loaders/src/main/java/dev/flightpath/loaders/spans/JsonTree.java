package dev.flightpath.loaders.spans;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value (a span, a resource, a trace event) from a streaming parser into plain Java
 * values: {@code Map<String,Object>}, {@code List<Object>}, String, Long, BigInteger, Double,
 * Boolean or null. Loaders use it for small objects only; the outer arrays stay streamed. It walks
 * with an explicit stack, so deep nesting cannot overflow the call stack.
 */
public final class JsonTree {
    private JsonTree() {
    }

    /** Reads the value whose first token is the parser's current token. */
    public static Object read(JsonParser parser) throws IOException {
        JsonToken first = parser.currentToken();
        if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY && first != JsonToken.FIELD_NAME) {
            return scalar(parser, first); // no containers to track
        }
        Deque<Object> containers = new ArrayDeque<>();
        Deque<String> pendingNames = new ArrayDeque<>();
        JsonToken token = parser.currentToken();
        while (true) {
            Object completed;
            boolean haveValue = true;
            switch (token) {
                case START_OBJECT:
                    containers.push(new LinkedHashMap<String, Object>());
                    haveValue = false;
                    completed = null;
                    break;
                case START_ARRAY:
                    containers.push(new ArrayList<Object>());
                    haveValue = false;
                    completed = null;
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    completed = containers.pop();
                    break;
                case FIELD_NAME:
                    pendingNames.push(parser.currentName());
                    haveValue = false;
                    completed = null;
                    break;
                default:
                    completed = scalar(parser, token);
                    break;
            }
            if (haveValue) {
                if (containers.isEmpty()) {
                    return completed;
                }
                add(containers.peek(), pendingNames, completed);
            }
            token = parser.nextToken();
            if (token == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of input");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, Deque<String> pendingNames, Object value) {
        if (container instanceof Map) {
            ((Map<String, Object>) container).put(pendingNames.pop(), value);
        } else {
            ((List<Object>) container).add(value);
        }
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING: // at most what TextCleaner keeps: a huge string is not copied whole
                return new String(parser.getTextCharacters(), parser.getTextOffset(),
                        TextCleaner.keptLength(parser.getTextLength()));
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
