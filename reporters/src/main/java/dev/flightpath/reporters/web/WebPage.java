package dev.flightpath.reporters.web;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assembler of the self-contained HTML pages. A page's template ({@code flame.html},
 * {@code report.html}, {@code waterfall.html} in this package's resource folder) links its style
 * sheets and scripts as files of the same folder ({@code <link rel="stylesheet" href="x.css">},
 * {@code <script src="x.js"></script>}), so the folder opens in a browser as it is; the assembler
 * inlines each into the page, which then needs no network. Data goes into the page's
 * {@code <script type="application/json">} elements through {@link #dataGenerator}, the one escaper.
 */
public final class WebPage {
    private static final Pattern LINKED = Pattern.compile(
            "<link rel=\"stylesheet\" href=\"([a-z-]+\\.css)\">|<script src=\"([a-z-]+\\.js)\"></script>");

    private WebPage() {
    }

    /** The page of a template with its style sheets and scripts inlined. */
    public static String assemble(String template) {
        String html = resource(template);
        Matcher linked = LINKED.matcher(html);
        StringBuilder page = new StringBuilder(html.length() + 128 * 1024);
        while (linked.find()) {
            String css = linked.group(1);
            String file = css != null ? css : linked.group(2);
            String text = resource(file);
            String tag = css != null ? "style" : "script";
            if (text.toLowerCase(Locale.ROOT).contains("</" + tag)) {
                throw new IllegalStateException(file + " contains </" + tag + " and cannot be inlined");
            }
            linked.appendReplacement(page, Matcher.quoteReplacement("<" + tag + ">\n" + text + "</" + tag + ">"));
        }
        linked.appendTail(page);
        return page.toString();
    }

    /** A compact JSON generator whose output is safe inside a {@code <script>} element; leaves {@code out} open. */
    public static JsonGenerator dataGenerator(Writer out) throws IOException {
        JsonGenerator json = JsonOutput.compact(out);
        json.setCharacterEscapes(new ScriptEscapes());
        return json;
    }

    /** Text for an HTML element or a quoted attribute value. */
    public static String htmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes {@code page} with each slot's placeholder replaced by what the slot writes; slots in page order. */
    public static void fill(String page, Writer out, Slot... slots) throws IOException {
        int at = 0;
        for (Slot slot : slots) {
            int next = page.indexOf(slot.placeholder(), at);
            if (next < 0) {
                throw new IllegalStateException("the page lacks its placeholder " + slot.placeholder());
            }
            out.write(page, at, next - at);
            slot.content().write(out);
            at = next + slot.placeholder().length();
        }
        out.write(page, at, page.length() - at);
        out.flush();
    }

    /** A placeholder of a page and what goes in its place. */
    public record Slot(String placeholder, Content content) {
    }

    /** Writes what goes in place of a placeholder. */
    @FunctionalInterface
    public interface Content {
        void write(Writer out) throws IOException;
    }

    private static String resource(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
