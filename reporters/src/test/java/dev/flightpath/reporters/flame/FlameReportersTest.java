package dev.flightpath.reporters.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.KeptNodes;
import dev.flightpath.analyzers.flame.FlameWindows;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.flame.HotAnalyzer;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlameReportersTest {
    /** Stacks given root first as "a;b;c"; one CPU sample each. */
    private static Recording recording(String... rootFirstStacks) {
        StackTable.Builder stacks = new StackTable.Builder();
        SampleTable.Builder samples = new SampleTable.Builder();
        for (String stack : rootFirstStacks) {
            String[] names = stack.split(";");
            int[] leafFirst = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                leafFirst[names.length - 1 - i] = stacks.internFrame(new Frame(names[i], FrameType.JIT_COMPILED, 0));
            }
            samples.add(0, stacks.internStack(leafFirst), 0, SampleKind.CPU, 1);
        }
        return new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 1, 1, false), Map.of(),
                List.of(new ProcessInfo(0, "1", "main", ProcessKind.THREAD, "")), List.of(), MessageTable.empty(),
                SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
    }

    private static FlameTree tree(String... stacks) {
        return FlameAnalyzer.build(recording(stacks), FlameOptions.of(SampleKind.CPU));
    }

    @Test
    void collapsedGolden() throws IOException {
        StringWriter out = new StringWriter();
        new CollapsedReporter().write(tree(
                "app.Main.main;app.Server.handle;app.Json.parse",
                "app.Main.main;app.Server.handle;app.Json.parse",
                "app.Main.main;app.Server.handle",
                "app.Main.main;app.Gc.idle",
                "app.Main.main;app.Server.handle;app.Db.query",
                "app.Main.main;app.Server.handle;app.Json.parse"), out);
        assertEquals(""
                + "app.Main.main;app.Gc.idle 1\n"
                + "app.Main.main;app.Server.handle 1\n"
                + "app.Main.main;app.Server.handle;app.Db.query 1\n"
                + "app.Main.main;app.Server.handle;app.Json.parse 3\n", out.toString());
    }

    @Test
    void htmlEmbedsTheDataWithoutClosingTheScript() throws IOException {
        StringWriter out = new StringWriter();
        new FlameHtmlReporter().write(tree("x.Main.main;</script><script>alert(1)</script>", "x.Main.main;a&b\u2028c"),
                new FlameHtmlOptions("T </script> & <b>", "sub", 0), out);
        String html = out.toString();
        assertFalse(html.contains(FlameHtmlReporter.PLACEHOLDER));
        assertEquals(count(html, "<script"), count(html, "</script>"),
                "only the page's own script elements close: its data and the inlined viewer files");
        assertFalse(html.contains("<script src"), "the viewer's files are inlined");
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("\u2028"));
        assertTrue(html.contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)"), html);
        assertTrue(html.contains("\"names\":[\"all\",\"x.Main.main\""), html);
        assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
    }

    @Test
    void windowedHtmlCarriesSelfWeightPerKeptNodeAndWindow() throws IOException {
        // At 0, 1, 3 and 2 ns, windows of 1 ns: all, main, a (3 of 4 wide) are kept at 50%; b folds
        // into a (window 3) and c into main (window 2).
        StackTable.Builder stacks = new StackTable.Builder();
        SampleTable.Builder samples = new SampleTable.Builder();
        String[] rootFirst = {"m.M.main;m.A.a", "m.M.main;m.A.a", "m.M.main;m.A.a;m.B.b", "m.M.main;m.C.c"};
        long[] times = {0, 1, 3, 2};
        for (int s = 0; s < rootFirst.length; s++) {
            String[] names = rootFirst[s].split(";");
            int[] leafFirst = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                leafFirst[names.length - 1 - i] = stacks.internFrame(new Frame(names[i], FrameType.JIT_COMPILED, 0));
            }
            samples.add(times[s], stacks.internStack(leafFirst), 0, SampleKind.CPU, 1);
        }
        Recording recording = new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 4, 1, false),
                Map.of(), List.of(new ProcessInfo(0, "1", "main", ProcessKind.THREAD, "")), List.of(),
                MessageTable.empty(), SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
        FlameWindows windows = FlameAnalyzer.buildWindowed(recording, FlameOptions.of(SampleKind.CPU),
                new TimeWindows(0, 1, 4));
        FlameHtmlOptions options = new FlameHtmlOptions("T", "sub", 50);
        StringWriter out = new StringWriter();
        assertEquals(1, new FlameHtmlReporter().write(windows, options, 100, out));
        // Cells main w2 1; a w0 1, w1 1, w3 1; each as node step, window (step within a node), weight.
        assertTrue(out.toString().contains("\"windows\":{\"step\":1,\"count\":4,\"windowNanos\":1,"
                + "\"minWidthPercent\":50.0,\"cells\":[1,2,1,1,0,1,0,1,1,0,2,1]}"), out.toString());
        // At most 2 cells: windows merged by 2 gives 3 cells, by 4 gives main 1 and a 3.
        StringWriter capped = new StringWriter();
        assertEquals(4, new FlameHtmlReporter().write(windows, options, 2, capped));
        assertTrue(capped.toString().contains("\"windows\":{\"step\":4,\"count\":1,\"windowNanos\":4,"
                + "\"minWidthPercent\":50.0,\"cells\":[1,0,1,1,0,3]}"), capped.toString());
        // The flame command's page has no time data.
        StringWriter plain = new StringWriter();
        new FlameHtmlReporter().write(windows.tree(), options, plain);
        assertFalse(plain.toString().contains("\"windows\":"));
    }

    @Test
    void minWidthDropsNarrowSubtrees() {
        // main (4) → a (3) → b (1); main → c (1).
        FlameTree tree = tree("m.M.main;m.A.a", "m.M.main;m.A.a", "m.M.main;m.A.a;m.B.b", "m.M.main;m.C.c");
        assertEquals(5, KeptNodes.of(tree, 0).length);
        int[] kept = KeptNodes.of(tree, 50);
        assertEquals(3, kept.length);
        assertEquals("m.A.a", tree.name(kept[2]));
    }

    @Test
    void hotTableShowsSharesAndWhatIsLeftOut() {
        StringWriter text = new StringWriter();
        new HotTableReporter(TerminalStyle.plain()).write(HotAnalyzer.hot(recording(
                "m.M.main;m.A.a", "m.M.main;m.A.a", "m.M.main;m.B.b", "m.M.main"), FlameOptions.of(SampleKind.CPU)),
                "test", 2, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertEquals(" test", lines.get(0));
        assertTrue(lines.get(5).matches(" +2 +50\\.0% +2 +50\\.0% +m\\.A\\.a"), lines.get(5));
        assertTrue(lines.get(6).matches(" +1 +25\\.0% +4 +100\\.0% +m\\.M\\.main"), lines.get(6));
        assertEquals(" … 1 more methods (--top N)", lines.get(7));
    }

    @Test
    void weightsInTheirUnits() {
        assertEquals("512 B", HotWeights.format(512, "bytes"));
        assertEquals("1.5 KiB", HotWeights.format(1536, "bytes"));
        assertEquals("1,234", HotWeights.format(1234, "samples"));
        assertEquals("4.56 ms", HotWeights.format(4_560_000, "nanoseconds"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
