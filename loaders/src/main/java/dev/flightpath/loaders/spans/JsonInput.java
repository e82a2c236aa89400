package dev.flightpath.loaders.spans;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.InputFiles;
import dev.flightpath.model.InputDataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Opens span files for streaming and turns Jackson's parse errors into {@link InputDataException}s. */
public final class JsonInput {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /**
     * Chrome's {@code systemTraceEvents} holds a whole ftrace capture in one string, often more
     * than Jackson's default limit of 20 M characters.
     */
    private static final int LONG_STRING_CHARS = 1 << 30;
    private static final JsonFactory LONG_STRINGS = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LONG_STRING_CHARS).build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?line: (-?\\d+), column: (-?\\d+)\\]");
    private static final Pattern LIMIT_ORIGIN = Pattern.compile(", from `[^`]*`");

    private JsonInput() {
    }

    public static JsonParser open(Path file) throws IOException {
        return FACTORY.createParser(InputFiles.open(file));
    }

    /**
     * As {@link #open}, allowing string values of up to 2^30 characters and a comma before a
     * closing bracket or brace (tracers that write Chrome JSON event by event leave one; Perfetto
     * and catapult accept it).
     */
    public static JsonParser openAllowingLongStrings(Path file) throws IOException {
        return LONG_STRINGS.createParser(InputFiles.open(file));
    }

    /**
     * {@code malformed JSON '<file>': line L, column C: <what>} for Jackson's parse errors (a
     * {@link JsonProcessingException}) and its encoding errors (text that looks like UTF-16 or
     * UTF-32 but is not); the parser gives the position when the exception has none (Jackson's
     * nesting and size limits).
     */
    public static InputDataException malformed(Path file, IOException e, JsonParser parser) {
        JsonLocation location = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
                ? ((JsonProcessingException) e).getLocation() : parser.currentLocation();
        String what = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                : "not UTF-8 text: " + e.getMessage(); // Jackson's UTF-16/32 detection (CharConversionException)
        return new InputDataException("malformed JSON", file, FormatDetector.position(location) + plainMessage(what), e);
    }

    /**
     * Jackson's message without its internals: a nested location's "[Source: REDACTED …; line: 1,
     * column: 2]" becomes "line 1, column 2", and a limit's ", from `StreamReadConstraints…`" goes.
     */
    static String plainMessage(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        return SOURCE_LOCATION.matcher(LIMIT_ORIGIN.matcher(message).replaceAll(""))
                .replaceAll("line $1, column $2");
    }

    /** {@code <problem> '<file>': line L, column C: <what>} at the start of the current token. */
    public static InputDataException invalid(String problem, Path file, JsonParser parser, String what) {
        return new InputDataException(problem, file, FormatDetector.position(parser.currentTokenLocation()) + what);
    }
}
