package dev.flightpath.loaders.chrome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads one JSON string value straight from the file, from its opening quote's byte offset, and
 * writes its decoded characters to a {@link Writer} a buffer at a time: the value is never held
 * whole (Jackson's {@code getText(Writer)} gathers it first). The caller lets Jackson skip the same
 * value, which checks it and reports malformed JSON with its position; here a bad escape becomes
 * U+FFFD and the end of the file simply ends the value.
 */
final class JsonStringStream {
    private static final int BUFFER_CHARS = 64 * 1024;

    private JsonStringStream() {
    }

    /**
     * Writes the string whose opening quote is at {@code quoteOffset} to {@code out}; false, with
     * nothing written, when there is no quote at that offset.
     */
    static boolean copy(Path file, long quoteOffset, Writer out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (quoteOffset < 0 || quoteOffset >= channel.size()) {
                return false;
            }
            channel.position(quoteOffset);
            InputStream bytes = Channels.newInputStream(channel);
            if (bytes.read() != '"') {
                return false;
            }
            Reader reader = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            decode(reader, out);
            return true;
        }
    }

    /** Decodes up to the closing quote (or the end of input). */
    static void decode(Reader reader, Writer out) throws IOException {
        char[] in = new char[BUFFER_CHARS];
        char[] decoded = new char[BUFFER_CHARS];
        boolean escape = false;
        int hexDigits = -1; // >= 0 while reading the four digits of a \\u escape
        int hexValue = 0;
        int read;
        while ((read = reader.read(in)) > 0) {
            int length = 0;
            for (int i = 0; i < read; i++) {
                char c = in[i];
                if (hexDigits >= 0) {
                    int digit = Character.digit(c, 16);
                    hexValue = hexValue * 16 + Math.max(digit, 0);
                    if (digit < 0) {
                        decoded[length++] = '\uFFFD';
                        hexDigits = -1;
                    } else if (++hexDigits == 4) {
                        decoded[length++] = (char) hexValue;
                        hexDigits = -1;
                    }
                } else if (escape) {
                    escape = false;
                    if (c == 'u') {
                        hexDigits = 0;
                        hexValue = 0;
                    } else {
                        decoded[length++] = unescape(c);
                    }
                } else if (c == '\\') {
                    escape = true;
                } else if (c == '"') {
                    out.write(decoded, 0, length);
                    return;
                } else {
                    decoded[length++] = c;
                }
            }
            out.write(decoded, 0, length);
        }
    }

    private static char unescape(char c) {
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case '"':
            case '\\':
            case '/':
                return c;
            default:
                return '\uFFFD';
        }
    }
}
