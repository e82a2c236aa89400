package dev.flightpath.reporters.flame;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.flame.FlameLabel;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The flame graph as one self-contained HTML page: the viewer (template resource {@code flame.html},
 * inline CSS and JavaScript, no network) with the tree embedded as compact JSON.
 *
 * <p>The data: {@code names} and {@code nameKinds} (the label table), then per node in pre-order
 * {@code label} (index into names), {@code up} (how many levels up from the previous node's child
 * level: depth = previous depth + 1 - up), {@code total} and {@code self}.
 */
public final class FlameHtmlReporter {
    static final String TEMPLATE = "flame.html";
    static final String PLACEHOLDER = "/*FLAME_DATA*/";

    public void write(FlameTree tree, FlameHtmlOptions options, Writer out) throws IOException {
        String template = template();
        int at = template.indexOf(PLACEHOLDER);
        if (at < 0) {
            throw new IllegalStateException("the flame.html template has no data placeholder");
        }
        out.write(template, 0, at);
        writeData(tree, options, out);
        int rest = at + PLACEHOLDER.length();
        out.write(template, rest, template.length() - rest);
        out.flush();
    }

    private static void writeData(FlameTree tree, FlameHtmlOptions options, Writer out) throws IOException {
        int[] kept = keptNodes(tree, options.minWidthPercent());
        // Renumber the labels that kept nodes use, in order of first use.
        int[] newLabel = new int[tree.labels().size()];
        Arrays.fill(newLabel, -1);
        int[] usedLabels = new int[tree.labels().size()];
        int used = 0;
        for (int node : kept) {
            int label = tree.nodeLabels()[node];
            if (newLabel[label] < 0) {
                newLabel[label] = used;
                usedLabels[used++] = label;
            }
        }
        try (JsonGenerator json = JsonOutput.compact(out)) {
            json.setCharacterEscapes(new ScriptSafeEscapes());
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
            for (int i = 0; i < used; i++) {
                json.writeString(tree.labels().get(usedLabels[i]).name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("nameKinds");
            for (int i = 0; i < used; i++) {
                json.writeNumber(tree.labels().get(usedLabels[i]).kind().ordinal());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("label");
            for (int node : kept) {
                json.writeNumber(newLabel[tree.nodeLabels()[node]]);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("up");
            int previousDepth = -1;
            for (int node : kept) {
                json.writeNumber(previousDepth + 1 - tree.depth(node));
                previousDepth = tree.depth(node);
            }
            json.writeEndArray();
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
            json.writeEndObject();
        }
    }

    /** The nodes at least minWidthPercent of the root wide, with their ancestors: a pre-order prefix-closed set. */
    static int[] keptNodes(FlameTree tree, double minWidthPercent) {
        double threshold = tree.totalWeight() * minWidthPercent / 100.0;
        int[] kept = new int[tree.nodeCount()];
        int count = 0;
        int node = 0;
        while (node < tree.nodeCount()) {
            if (node == 0 || (tree.total(node) > 0 && tree.total(node) >= threshold)) {
                kept[count++] = node;
                node++;
            } else {
                node = tree.subtreeEnd(node);
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static String template() {
        try (InputStream in = FlameHtmlReporter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
