package dev.flightpath.reporters.criticalpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.GroupBy;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.SegmentKind;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.analyzers.criticalpath.Upstream;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathReportersTest {
    private static final String EVIL = "</script><b>\"x\" & 'y'";

    private static CriticalPathReport report(int segments) {
        List<PathSegment> list = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            list.add(new PathSegment(i % 3, "s" + (i % 3), i % 3 == 0 ? EVIL : "op" + i % 3, "proc",
                    i % 2 == 0 ? SegmentKind.SELF : SegmentKind.QUEUE_WAIT, 1000L + 10L * i, 1000L + 10L * i + 10));
        }
        TracePath path = new TracePath("t1", "s0", EVIL, 1000, 1000 + 10L * segments, 2.0, list,
                new Upstream("t0", "p", "publish", 5));
        return new CriticalPathReport(GroupBy.SERVICE, 1, 1, 20L * segments, true,
                List.of(new Contribution(EVIL, 10, 0.5, 1, 10, 10, 10, 5, 0, 5)), List.of(path));
    }

    @Test
    void htmlEscapesNamesAndFetchesNothing() throws IOException {
        StringWriter out = new StringWriter();
        new CriticalPathHtmlReporter().write(report(5), "title " + EVIL, out);
        String html = out.toString();
        assertFalse(html.contains(EVIL), "raw names never reach the page");
        assertTrue(html.contains("&lt;/script&gt;&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;"));
        assertFalse(html.contains("<script src"), "the viewer's scripts are inlined");
        assertFalse(html.contains("http"));
    }

    private static TracePath pathAt(String traceId, long startNanos, long durationNanos) {
        return new TracePath(traceId, "r", "op", startNanos, startNanos + durationNanos, 1.0, List.of(
                new PathSegment(0, "r", "op", "proc", SegmentKind.SELF, startNanos, startNanos + durationNanos)), null);
    }

    @Test
    void narrowablePageTagsEachPathWithItsWindowAndShowsTheFirstOnly() throws IOException {
        // Windows of 100 ns from 0: paths a (window 0), b (window 3), c (window 1), slowest first.
        List<TracePath> paths = List.of(pathAt("a", 10, 90), pathAt("b", 300, 80), pathAt("c", 150, 70));
        StringWriter out = new StringWriter();
        int kept = new CriticalPathHtmlReporter().writeNarrowable(report(3), paths,
                new TimeWindows(0, 100, 4), 1, "kept " + EVIL, 1_000_000,
                "title " + EVIL, out);
        String html = out.toString();
        assertEquals(3, kept);
        assertTrue(html.contains("<div class=\"path-block\" data-window=\"0\" data-trace=\"a\">"), html);
        assertTrue(html.contains("<div class=\"path-block\" data-window=\"3\" data-trace=\"b\" hidden>"), html);
        assertTrue(html.contains("<div class=\"path-block\" data-window=\"1\" data-trace=\"c\" hidden>"), html);
        assertFalse(html.contains(EVIL), "raw names never reach the page, nor its script");
        assertTrue(html.contains("\"kept\":\"kept \\u003C/script\\u003E\\u003Cb\\u003E"), "escaped in the page's data");
        assertFalse(html.contains("http"));
    }

    @Test
    void narrowablePageKeepsTheShownPathsAndOthersWithinItsBudget() throws IOException {
        List<TracePath> paths = List.of(pathAt("a", 10, 90), pathAt("b", 300, 80), pathAt("c", 150, 70));
        StringWriter out = new StringWriter();
        int kept = new CriticalPathHtmlReporter().writeNarrowable(report(3), paths,
                new TimeWindows(0, 100, 4), 2, "kept", 10, "title", out);
        assertEquals(2, kept, "the shown paths even over the budget, no more");
        assertFalse(out.toString().contains("data-trace=\"c\""));
    }

    @Test
    void jsonNamesTheGroupingAndCarriesTheSegments() throws IOException {
        StringWriter out = new StringWriter();
        new CriticalPathJsonReporter().write(report(3), out);
        String json = out.toString();
        assertTrue(json.contains("\"byService\" : [") || json.contains("\"byService\": ["), json);
        assertTrue(json.contains("\"service\": \"</script>") || json.contains("\"service\" : \"</script>"), json);
        assertTrue(json.contains("\"kind\": \"queue-wait\""), json);
        assertTrue(json.contains("\"queueWaitNanos\": 5"), json);
    }

    @Test
    void tableShowsTheLongestSegmentsOfALongPath() {
        StringWriter out = new StringWriter();
        new CriticalPathTableReporter(TerminalStyle.plain()).write(report(100), new PrintWriter(out));
        String table = out.toString();
        assertTrue(table.contains("estimated"), table);
        assertTrue(table.contains("60 shorter segments not shown"), table);
        assertTrue(table.contains("after 'publish'"), table);
    }
}
