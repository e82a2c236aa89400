package dev.flightpath.reporters.criticalpath;

import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.SegmentKind;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.reporters.terminal.Units;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page (inline CSS and JavaScript, nothing fetched): per slowest path a
 * waterfall with one row per span on the path (at most {@link #MAX_ROWS}), its segments placed on
 * the root's time axis and coloured by kind, and a first row with the whole path.
 */
public final class CriticalPathHtmlReporter {
    static final int MAX_ROWS = 300;

    private static final String STYLE = String.join("\n",
            "body{font:13px/1.4 system-ui,sans-serif;margin:16px;color:#222}",
            "h1{font-size:18px}h2{font-size:15px;margin:24px 0 4px}",
            ".meta{color:#666}.legend span{display:inline-block;margin-right:14px}",
            ".sw{display:inline-block;width:12px;height:12px;vertical-align:middle;margin-right:4px}",
            ".row{display:flex;align-items:center;height:18px}",
            ".label{width:320px;flex:none;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;padding-right:8px}",
            ".track{position:relative;flex:auto;height:14px;background:#f3f3f3}",
            ".seg{position:absolute;top:0;height:14px;min-width:1px}",
            ".self{background:#e4572e}.running{background:#f3a712}.queue-wait{background:#29335c}",
            ".path .label{font-weight:bold}#status{position:sticky;bottom:0;background:#fff;padding:4px 0;"
                    + "border-top:1px solid #ddd;min-height:18px}");

    private static final String SCRIPT = String.join("\n",
            "document.addEventListener('mouseover',function(e){",
            "  var t=e.target;if(t.classList&&t.classList.contains('seg')){",
            "    document.getElementById('status').textContent=t.getAttribute('data-info');}});");

    private static final String NARROW_SCRIPT = String.join("\n",
            "function narrow(from,to){",
            "  var n=0;",
            "  document.querySelectorAll('.path-block').forEach(function(b){",
            "    var w=Number(b.getAttribute('data-window'));",
            "    var show=n<SHOWN&&(from==null||(w>=from&&w<to));",
            "    b.hidden=!show;",
            "    if(show){n++;b.querySelector('.rank').textContent=String(n);}",
            "  });",
            "  document.getElementById('none').hidden=from==null||n>0;",
            "  document.querySelector('p.meta').textContent=from==null?WHOLE:'Narrowed to the selection: the '+n",
            "    +' slowest of the paths whose root starts in it, among those this page keeps ('+KEPT+').';",
            "}",
            "window.addEventListener('message',function(e){var m=e.data;",
            "  if(e.source===window.parent&&m&&m.flightpath==='narrow'){narrow(m.from,m.to);}});",
            "window.waterfall={narrow:narrow,shownTraces:function(){var out=[];",
            "  document.querySelectorAll('.path-block').forEach(function(b){if(!b.hidden){out.push(b.getAttribute('data-trace'));}});",
            "  return out;}};");

    public void write(CriticalPathReport report, String title, Writer out) throws IOException {
        StringBuilder html = head(title, metaText(report, report.slowest().size() + " slowest shown"));
        int rank = 1;
        for (TracePath path : report.slowest()) {
            path(html, rank++, path);
        }
        html.append("<div id=\"status\"></div>\n<script>\n").append(SCRIPT).append("\n</script>\n</body></html>\n");
        out.write(html.toString());
        out.flush();
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
        long size = html.length();
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
        html.append("<p id=\"none\" class=\"meta\" hidden>No kept path starts in the selection.</p>\n")
                .append("<div id=\"status\"></div>\n<script>\nvar SHOWN=").append(shown).append(",WHOLE=")
                .append(jsString(meta)).append(",KEPT=").append(jsString(keptText)).append(";\n").append(SCRIPT)
                .append('\n').append(NARROW_SCRIPT).append("\n</script>\n</body></html>\n");
        out.write(html.toString());
        out.flush();
        return kept.size();
    }

    private static String metaText(CriticalPathReport report, String shownText) {
        return Units.count(report.paths()) + " paths in " + Units.count(report.traces()) + " traces; " + shownText
                + (report.estimated() ? "; estimated (sampled spans, weighted)" : "");
    }

    private static StringBuilder head(String title, String metaText) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("\n</style></head><body>\n");
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

    /** A JavaScript string literal, safe inside a script element. */
    private static String jsString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'' || c == '<' || c == '>' || c == '&' || c < ' ' || c == '\u2028' || c == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
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
}
