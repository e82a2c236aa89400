package dev.flightpath.reporters.report;

/**
 * Makes a JSON document safe inside an HTML {@code <script>} element: '<', '>' and '&' become
 * \\u escapes, so nothing in it can close the element or open a comment, and U+2028/U+2029 are
 * escaped for older JavaScript parsers. These characters only ever occur inside JSON strings,
 * where the escape means the same character, so the document's value does not change.
 */
final class ScriptJson {
    private ScriptJson() {
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<': out.append("\\u003c"); break;
                case '>': out.append("\\u003e"); break;
                case '&': out.append("\\u0026"); break;
                case '\u2028': out.append("\\u2028"); break;
                case '\u2029': out.append("\\u2029"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
