package dev.flightpath.reporters.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The one escaper for data embedded in a page's {@code <script>} elements: JSON escapes that make a
 * document safe there. '<', '>' and '&' become \\u escapes, so no text (a frame or span name, a
 * title) can close the element ({@code </script>}) or open a comment; U+2028/U+2029 are escaped
 * for older JavaScript parsers. They only ever occur inside JSON strings, where the escape means
 * the same character, so the document's value does not change. Used through {@link WebPage#dataGenerator}.
 */
final class ScriptEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] asciiEscapes;

    ScriptEscapes() {
        asciiEscapes = standardAsciiEscapesForJSON();
        asciiEscapes['<'] = ESCAPE_STANDARD;
        asciiEscapes['>'] = ESCAPE_STANDARD;
        asciiEscapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (ch == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        return null;
    }
}
