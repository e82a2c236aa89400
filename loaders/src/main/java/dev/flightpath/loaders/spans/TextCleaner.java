package dev.flightpath.loaders.spans;

/**
 * Bounds and repairs the text a span loader keeps (names, ids, attribute keys and values, process
 * names). A string longer than {@link #MAX_CHARS} is cut there ({@code long-text} warning), so the
 * memory a load needs follows the data kept, not the longest string in the file. A lone UTF-16
 * surrogate (JSON may write {@code "\ud800"}) becomes U+FFFD ({@code invalid-text} warning), so
 * every name can be encoded as UTF-8 by the writers.
 */
public final class TextCleaner {
    /** The most characters of one string a loader keeps. */
    public static final int MAX_CHARS = 64 * 1024;

    private final WarningLog warnings;

    public TextCleaner(WarningLog warnings) {
        this.warnings = warnings;
    }

    /**
     * How many characters of a text of {@code length} characters a reader needs to keep: one more
     * than {@link #MAX_CHARS} at most, so that {@link #clean} still sees that it was too long.
     */
    public static int keptLength(int length) {
        return Math.min(length, MAX_CHARS + 1);
    }

    /** The text, cut and repaired as needed; {@code where} names it in the warning (e.g. "span 12 name"). */
    public String clean(String text, String where) {
        if (text == null || text.length() <= MAX_CHARS && !hasSurrogate(text)) {
            return text;
        }
        String kept = text;
        if (kept.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(kept.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            kept = kept.substring(0, end);
            warnings.add("long-text", "the " + where + " is longer than " + MAX_CHARS
                    + " characters; its first " + end + " are kept");
        }
        String repaired = replaceLoneSurrogates(kept);
        if (!repaired.equals(kept)) {
            warnings.add("invalid-text", "the " + where + " holds a lone UTF-16 surrogate (not a character);"
                    + " replaced by U+FFFD");
        }
        return repaired;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String replaceLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
