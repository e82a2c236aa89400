package dev.flightpath.reporters.criticalpath;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.SegmentKind;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.reporters.terminal.Units;
import dev.flightpath.reporters.web.WebPage;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page ({@code web/waterfall.html} with its script and style files, inlined by
 * {@link WebPage}; nothing fetched): per slowest path a
 * waterfall with one row per span on the path (at most {@link #MAX_ROWS}), its segments placed on
 * the root's time axis and coloured by kind, and a first row with the whole path.
 */
public final class CriticalPathHtmlReporter {
    static final int MAX_ROWS = 300;

    static final String TEMPLATE = "waterfall.html";

    public void write(CriticalPathReport report, String title, Writer out) throws IOException {
        StringBuilder html = head(title, metaText(report, report.slowest().size() + " slowest shown"));
        int rank = 1;
        for (TracePath path : report.slowest()) {
            path(html, rank++, path);
        }
        page(title, html, null, out);
    }

    /**
     * The page for a report whose timeline can be brushed: the {@code paths} kept, slowest first,
     * each tagged with its root's window, the first {@code shown} visible. A message
     * {@code {flightpath: 'narrow', from, to}} from the parent page shows the first {@code shown}
     * of those whose root starts in windows {@code [from, to)} instead, or with {@code from} null
     * the first {@code shown} again.
     *
     * @param paths    in keeping order: the first {@code shown} are the report's slowest, slowest
     *                 first, and always kept; the others are kept in turn while the page stays
     *                 within {@code maxChars}
     * @param keptText what the kept paths are, for the page's note when narrowed
     * @return how many paths the page holds
     */
    public int writeNarrowable(CriticalPathReport report, List<TracePath> paths, TimeWindows windows, int shown,
            String keptText, long maxChars, String title, Writer out) throws IOException {
        int visible = Math.min(shown, paths.size());
        String meta = metaText(report, visible + " slowest shown");
        StringBuilder html = head(title, meta);
        List<TracePath> kept = new ArrayList<>();
        long size = html.length() + WebPage.assemble(TEMPLATE).length();
        for (TracePath path : paths) {
            StringBuilder block = new StringBuilder(4096);
            path(block, kept.size() + 1, path);
            if (kept.size() >= shown && size + block.length() + 100 > maxChars) {
                continue;
            }
            size += block.length() + 100;
            kept.add(path);
        }
        // Slowest first; a stable sort, so the report's slowest stay first among equal durations.
        kept.sort((a, b) -> Long.compare(b.durationNanos(), a.durationNanos()));
        for (int i = 0; i < kept.size(); i++) {
            TracePath path = kept.get(i);
            html.append("<div class=\"path-block\" data-window=\"").append(windows.windowOf(path.startNanos()))
                    .append("\" data-trace=\"").append(escape(path.traceId())).append('"')
                    .append(i < shown ? "" : " hidden").append(">\n");
            path(html, i + 1, path);
            html.append("</div>\n");
        }
        html.append("<p id=\"none\" class=\"meta\" hidden>No kept path starts in the selection.</p>");
        page(title, html, new Narrowing(shown, meta, keptText), out);
        return kept.size();
    }

    private static String metaText(CriticalPathReport report, String shownText) {
        return Units.count(report.paths()) + " paths in " + Units.count(report.traces()) + " traces; " + shownText
                + (report.estimated() ? "; estimated (sampled spans, weighted)" : "");
    }

    /** What the page's script needs to narrow it: paths shown at first, the note for the whole range, what is kept. */
    private record Narrowing(int shown, String whole, String kept) {
    }

    /** The page: {@code web/waterfall.html} with the title, the paths' markup and the narrowing data (or null). */
    private static void page(String title, StringBuilder body, Narrowing narrowing, Writer out) throws IOException {
        WebPage.fill(WebPage.assemble(TEMPLATE), out,
                new WebPage.Slot("<!--WATERFALL_TITLE-->", text -> text.write(escape(title))),
                new WebPage.Slot("<!--WATERFALL_BODY-->", text -> text.append(body)),
                new WebPage.Slot("/*WATERFALL_DATA*/", text -> {
                    try (JsonGenerator json = WebPage.dataGenerator(text)) {
                        if (narrowing == null) {
                            json.writeNull();
                        } else {
                            json.writeStartObject();
                            json.writeNumberField("shown", narrowing.shown());
                            json.writeStringField("whole", narrowing.whole());
                            json.writeStringField("kept", narrowing.kept());
                            json.writeEndObject();
                        }
                    }
                }));
    }

    /** The heading, the note and the legend. */
    private static StringBuilder head(String title, String metaText) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(escape(metaText))
                .append("</p>\n<p class=\"legend\">");
        for (SegmentKind kind : SegmentKind.values()) {
            html.append("<span><i class=\"sw ").append(kind.cliName()).append("\"></i>").append(kind.cliName())
                    .append("</span>");
        }
        html.append("</p>\n");
        return html;
    }

    private static void path(StringBuilder html, int rank, TracePath path) {
        html.append("<h2><span class=\"rank\">").append(rank).append("</span>. ").append(escape(path.operation()))
                .append(" \u2014 ")
                .append(escape(Units.duration(path.durationNanos()))).append("</h2>\n<p class=\"meta\">trace ")
                .append(escape(path.traceId())).append(", root span ").append(escape(path.rootSpanId()))
                .append(", from ").append(escape(Units.utcTime(path.startNanos())));
        if (path.upstream() != null) {
            html.append("; after '").append(escape(path.upstream().operation())).append("' (trace ")
                    .append(escape(path.upstream().traceId())).append(") and a queue wait of ")
                    .append(escape(Units.duration(path.upstream().queueWaitNanos())));
        }
        html.append("</p>\n<div class=\"row path\"><div class=\"label\">critical path</div><div class=\"track\">");
        for (PathSegment s : path.segments()) {
            segment(html, path, s);
        }
        html.append("</div></div>\n");
        Map<Integer, StringBuilder> rows = new LinkedHashMap<>();
        int hidden = 0;
        for (PathSegment s : path.segments()) {
            StringBuilder row = rows.get(s.spanIndex());
            if (row == null) {
                if (rows.size() >= MAX_ROWS) {
                    hidden++;
                    continue;
                }
                row = new StringBuilder();
                row.append("<div class=\"row\"><div class=\"label\" title=\"").append(escape(s.spanId())).append("\">")
                        .append(escape(s.operation())).append(" \u00b7 ").append(escape(s.process()))
                        .append("</div><div class=\"track\">");
                rows.put(s.spanIndex(), row);
            }
            segment(row, path, s);
        }
        for (StringBuilder row : rows.values()) {
            html.append(row).append("</div></div>\n");
        }
        if (hidden > 0) {
            html.append("<p class=\"meta\">").append(hidden)
                    .append(" more segments of further spans are not drawn (all are in --format json).</p>\n");
        }
    }

    private static void segment(StringBuilder html, TracePath path, PathSegment s) {
        double total = Math.max(1, path.durationNanos());
        double left = 100.0 * (s.startNanos() - path.startNanos()) / total;
        double width = 100.0 * s.durationNanos() / total;
        html.append("<div class=\"seg ").append(s.kind().cliName()).append("\" style=\"left:")
                .append(String.format(Locale.ROOT, "%.4f", left)).append("%;width:")
                .append(String.format(Locale.ROOT, "%.4f", width)).append("%\" data-info=\"")
                .append(escape(s.kind().cliName() + " \u00b7 " + s.operation() + " \u00b7 " + s.process() + " \u00b7 span "
                        + s.spanId() + " \u00b7 +" + Units.duration(s.startNanos() - path.startNanos()) + " for "
                        + Units.duration(s.durationNanos())))
                .append("\"></div>");
    }

    static String escape(String text) {
        return WebPage.htmlText(text);
    }
}
