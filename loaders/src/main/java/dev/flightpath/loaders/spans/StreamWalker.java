package dev.flightpath.loaders.spans;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flightpath.model.InputDataException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Small steps over a streaming parser that the span readers share: entering an array or object
 * whose type the format prescribes, with a positioned error when the file has something else.
 */
public final class StreamWalker {
    private final JsonParser parser;
    private final Path file;
    private final String problem;

    /** @param problem the error's problem text, for example {@code "invalid OTLP JSON"} */
    public StreamWalker(JsonParser parser, Path file, String problem) {
        this.parser = parser;
        this.file = file;
        this.problem = problem;
    }

    public JsonParser parser() {
        return parser;
    }

    /** Requires the current token to be {@code expected}; {@code what} names the value. */
    public void expect(JsonToken expected, String what) throws InputDataException {
        JsonToken actual = parser.currentToken();
        if (actual != expected) {
            throw error(what + " must be " + describe(expected) + ", found " + describe(actual));
        }
    }

    /**
     * True when the current token starts an array, false for {@code null} (proto3 JSON may write
     * an empty repeated field so); anything else is an error.
     */
    public boolean arrayOrNull(String what) throws InputDataException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(JsonToken.START_ARRAY, what);
        return true;
    }

    public InputDataException error(String what) {
        return JsonInput.invalid(problem, file, parser, what);
    }

    /** The next token; end of input inside a value is malformed JSON. */
    public JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of input");
        }
        return token;
    }

    public static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        switch (token) {
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : "'" + token.asString() + "'";
        }
    }
}
