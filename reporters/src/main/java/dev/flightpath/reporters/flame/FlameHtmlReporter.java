package dev.flightpath.reporters.flame;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.flame.FlameDiff;
import dev.flightpath.analyzers.flame.FlameLabel;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FlameWindows;
import dev.flightpath.analyzers.flame.KeptNodes;
import dev.flightpath.reporters.web.WebPage;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flame graph as one self-contained HTML page: the viewer ({@code web/flame.html} with its
 * script and style files, inlined by {@link WebPage}; no network) with the tree embedded as compact JSON.
 *
 * <p>The data: {@code names} and {@code nameKinds} (the label table), then per node in pre-order
 * {@code label} (index into names), {@code up} (depth = previous depth + 1 - up), {@code total}
 * and {@code self}. A differential graph adds {@code baseline}: its total, per node the same
 * path's baseline {@code total} and {@code self}, {@code gone} (baseline-only paths as triples
 * parent node, name, baseline total) and {@code methods} (baseline self weight per method name).
 *
 * <p>A graph with time windows (the report's, which narrows it to a selected range) adds
 * {@code windows}: {@code step} (timeline windows merged into one here), {@code count},
 * {@code windowNanos}, {@code minWidthPercent} (the page's cut-off) and {@code cells}, the self
 * weight per kept node and window as triples: node step from the previous cell's node, window
 * (from the previous cell's when the node is the same, else from 0), weight. The weight of frames
 * left out is in their nearest kept ancestor, so narrowed totals stay exact.
 */
public final class FlameHtmlReporter {
    static final String TEMPLATE = "flame.html";
    /** Where a graph's data goes in {@link #viewerPage()}. */
    public static final String PLACEHOLDER = "/*FLAME_DATA*/";

    /** Steps (timeline windows merged into one) tried in turn while the cells are over their cap. */
    static final int[] WINDOW_STEPS = {1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 500, 1000};

    public void write(FlameTree tree, FlameHtmlOptions options, Writer out) throws IOException {
        write(tree, null, options, out);
    }

    /**
     * A graph the page can narrow to a range of time windows: cells of self weight per kept node and
     * window, with neighbouring windows merged until there are at most {@code maxCells}.
     *
     * @return how many of the given windows the page merged into one
     */
    public int write(FlameWindows windows, FlameHtmlOptions options, long maxCells, Writer out) throws IOException {
        return write(windows.tree(), null, options, out, windows, maxCells);
    }

    private record Coarsened(int step, long[] cells) {
    }

    private static Coarsened coarsened(FlameWindows windows, int[] kept, long maxCells) {
        long[] keptCells = windows.keptCells(kept);
        long[] cells = keptCells;
        int step = 1;
        for (int i = 1; cells.length / 3 > maxCells && i < WINDOW_STEPS.length && step < windows.windows().count(); i++) {
            step = WINDOW_STEPS[i];
            cells = FlameWindows.coarser(keptCells, step);
        }
        return new Coarsened(step, cells);
    }

    /** A differential graph: widths from the current tree, colours from the change against the baseline. */
    public void write(FlameDiff diff, FlameHtmlOptions options, Writer out) throws IOException {
        write(diff.current(), diff, options, out);
    }

    private void write(FlameTree tree, FlameDiff diff, FlameHtmlOptions options, Writer out) throws IOException {
        write(tree, diff, options, out, null, 0);
    }

    private int write(FlameTree tree, FlameDiff diff, FlameHtmlOptions options, Writer out, FlameWindows windows,
            long maxCells) throws IOException {
        DataWriter data = new DataWriter(tree, diff, options, windows, maxCells);
        WebPage.fill(viewerPage(), out, new WebPage.Slot(PLACEHOLDER, text -> {
            try (JsonGenerator json = WebPage.dataGenerator(text)) {
                data.write(json);
            }
        }));
        return data.windowStep;
    }

    /**
     * The viewer page with {@link #PLACEHOLDER} where a graph's data goes: the report embeds it once
     * and makes each graph's page from it and the graph's data.
     */
    public static String viewerPage() {
        return WebPage.assemble(TEMPLATE);
    }

    /**
     * Writes a graph's data (the document the page embeds) into {@code json}: a graph the page can
     * narrow when {@code windows} is given, a differential one when {@code diff} is.
     *
     * @return how many of the given windows the data merged into one (0 without windows)
     */
    public static int writeData(JsonGenerator json, FlameTree tree, FlameDiff diff, FlameWindows windows,
            long maxCells, FlameHtmlOptions options) throws IOException {
        DataWriter data = new DataWriter(tree, diff, options, windows, maxCells);
        data.write(json);
        return data.windowStep;
    }

    /** Writes the embedded JSON of one page. */
    private static final class DataWriter {
        private final FlameTree tree;
        private final FlameDiff diff;
        private final FlameHtmlOptions options;
        private final int[] kept;
        private final FlameWindows windows;
        private final long maxCells;
        private int windowStep;
        private final List<FlameLabel> names = new ArrayList<>();
        private final Map<FlameLabel, Integer> nameIds = new HashMap<>();

        DataWriter(FlameTree tree, FlameDiff diff, FlameHtmlOptions options, FlameWindows windows, long maxCells) {
            this.tree = tree;
            this.diff = diff;
            this.options = options;
            this.windows = windows;
            this.maxCells = maxCells;
            this.kept = KeptNodes.of(tree, options.minWidthPercent());
        }

        private int nameId(FlameLabel label) {
            return nameIds.computeIfAbsent(label, l -> {
                names.add(l);
                return names.size() - 1;
            });
        }

        void write(JsonGenerator json) throws IOException {
            int[] nodeNames = new int[kept.length];
            int[] newIndex = new int[tree.nodeCount()];
            Arrays.fill(newIndex, -1);
            for (int i = 0; i < kept.length; i++) {
                nodeNames[i] = nameId(tree.labels().get(tree.nodeLabels()[kept[i]]));
                newIndex[kept[i]] = i;
            }
            List<long[]> gone = new ArrayList<>();
            if (diff != null) {
                FlameTree baseline = diff.baseline();
                double threshold = baseline.totalWeight() * options.minWidthPercent() / 100.0;
                for (FlameDiff.BaselineOnly only : diff.baselineOnly()) {
                    long weight = baseline.total(only.baselineNode());
                    int parent = newIndex[only.currentParent()];
                    if (parent >= 0 && weight > 0 && weight >= threshold) {
                        int name = nameId(baseline.labels().get(baseline.nodeLabels()[only.baselineNode()]));
                        gone.add(new long[] {parent, name, weight});
                    }
                }
            }
            json.writeStartObject();
            json.writeStringField("title", options.title());
            json.writeStringField("subtitle", options.subtitle());
            json.writeStringField("event", tree.kind().cliName());
            json.writeStringField("unit", tree.weightUnit());
            json.writeNumberField("samples", tree.sampleCount());
            json.writeArrayFieldStart("kinds");
            for (FlameLabel.Kind kind : FlameLabel.Kind.values()) {
                json.writeString(kind.name().toLowerCase(Locale.ROOT));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("names");
            for (FlameLabel label : names) {
                json.writeString(label.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("nameKinds");
            for (FlameLabel label : names) {
                json.writeNumber(label.kind().ordinal());
            }
            json.writeEndArray();
            writeInts(json, "label", nodeNames);
            int[] up = new int[kept.length];
            int previousDepth = -1;
            for (int i = 0; i < kept.length; i++) {
                up[i] = previousDepth + 1 - tree.depth(kept[i]);
                previousDepth = tree.depth(kept[i]);
            }
            writeInts(json, "up", up);
            json.writeArrayFieldStart("total");
            for (int node : kept) {
                json.writeNumber(tree.total(node));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("self");
            for (int node : kept) {
                json.writeNumber(tree.self(node));
            }
            json.writeEndArray();
            if (diff != null) {
                writeBaseline(json, gone);
            }
            if (windows != null) {
                writeWindows(json);
            }
            json.writeEndObject();
        }

        private void writeWindows(JsonGenerator json) throws IOException {
            Coarsened coarsened = coarsened(windows, kept, maxCells);
            int step = coarsened.step();
            windowStep = step;
            json.writeObjectFieldStart("windows");
            json.writeNumberField("step", step);
            json.writeNumberField("count", (windows.windows().count() + step - 1) / step);
            json.writeNumberField("windowNanos", windows.windows().windowNanos() * step);
            json.writeNumberField("minWidthPercent", options.minWidthPercent());
            json.writeArrayFieldStart("cells");
            long[] cells = coarsened.cells();
            long node = 0;
            long window = 0;
            for (int i = 0; i < cells.length; i += 3) {
                json.writeNumber(cells[i] - node);
                json.writeNumber(cells[i] == node ? cells[i + 1] - window : cells[i + 1]);
                json.writeNumber(cells[i + 2]);
                node = cells[i];
                window = cells[i + 1];
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void writeBaseline(JsonGenerator json, List<long[]> gone) throws IOException {
            json.writeObjectFieldStart("baseline");
            json.writeNumberField("grandTotal", diff.baseline().totalWeight());
            json.writeNumberField("samples", diff.baseline().sampleCount());
            json.writeArrayFieldStart("total");
            for (int node : kept) {
                json.writeNumber(diff.baselineTotal(node));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("self");
            for (int node : kept) {
                json.writeNumber(diff.baselineSelf(node));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("gone");
            for (long[] entry : gone) {
                for (long value : entry) {
                    json.writeNumber(value);
                }
            }
            json.writeEndArray();
            // Baseline self weight per method name, for the table's change column.
            Map<String, Long> methods = new LinkedHashMap<>();
            FlameTree baseline = diff.baseline();
            for (int node = 1; node < baseline.nodeCount(); node++) {
                if (baseline.self(node) > 0) {
                    methods.merge(baseline.name(node), baseline.self(node), Long::sum);
                }
            }
            json.writeArrayFieldStart("methods");
            for (Map.Entry<String, Long> method : methods.entrySet()) {
                json.writeString(method.getKey());
                json.writeNumber(method.getValue());
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private static void writeInts(JsonGenerator json, String field, int[] values) throws IOException {
            json.writeArrayFieldStart(field);
            for (int value : values) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }
    }
}
