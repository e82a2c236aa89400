package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.analyzers.timeline.HotWindows;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Flame graphs, one per sample kind (the {@code flame} command's viewer, fed each graph's data), and
 * the hottest methods per kind.
 *
 * @param id        the section's anchor
 * @param title     its heading
 * @param graphs    the graphs, in tab order
 * @param hot       hot methods per kind, in the same order as far as present
 * @param topMethods how many methods per kind to embed
 * @param hotWindows per kind (matched by kind), the same methods per group of timeline windows, so
 *                  the page can narrow the tables to a selection; may be empty
 * @param emptyText the reason shown when there are no graphs
 */
public record FlameSection(String id, String title, List<EmbeddedGraph> graphs, List<HotMethods> hot,
        int topMethods, List<HotWindows> hotWindows, String emptyText) implements ReportSection {

    public FlameSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        graphs = List.copyOf(graphs);
        hot = List.copyOf(hot);
        hotWindows = List.copyOf(hotWindows);
        Objects.requireNonNull(emptyText, "emptyText");
    }

    @Override
    public String renderer() {
        return "flame";
    }

    @Override
    public Optional<String> emptyReason() {
        return graphs.isEmpty() ? Optional.of(emptyText) : Optional.empty();
    }

    @Override
    public void writeData(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("graphs");
        for (EmbeddedGraph graph : graphs) {
            json.writeStartObject();
            json.writeStringField("kind", graph.kind());
            json.writeStringField("label", graph.label());
            json.writeNumberField("samples", graph.samples());
            json.writeNumberField("windowStep", graph.windowStep());
            json.writeStringField("countNoun", graph.countNoun());
            json.writeStringField("data", graph.elementId());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("hot");
        for (HotMethods methods : hot) {
            json.writeStartObject();
            json.writeStringField("kind", methods.kind().cliName());
            json.writeStringField("unit", methods.weightUnit());
            json.writeNumberField("sampleCount", methods.sampleCount());
            json.writeNumberField("totalWeight", methods.totalWeight());
            json.writeArrayFieldStart("methods");
            for (HotMethod method : methods.methods().subList(0, Math.min(topMethods, methods.methods().size()))) {
                json.writeStartObject();
                json.writeStringField("name", method.name());
                json.writeNumberField("self", method.selfWeight());
                json.writeNumberField("total", method.totalWeight());
                json.writeEndObject();
            }
            json.writeEndArray();
            for (HotWindows windows : hotWindows) {
                if (windows.kind() == methods.kind()) {
                    writeWindows(json, windows);
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeWindows(JsonGenerator json, HotWindows windows) throws IOException {
        json.writeObjectFieldStart("windows");
        json.writeNumberField("step", windows.step());
        json.writeArrayFieldStart("methods");
        for (String method : windows.methods()) {
            json.writeString(method);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("totals");
        for (long total : windows.totalWeights()) {
            json.writeNumber(total);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("cells");
        for (long cell : windows.cells()) {
            json.writeNumber(cell);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
