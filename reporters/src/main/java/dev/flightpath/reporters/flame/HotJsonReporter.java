package dev.flightpath.reporters.flame;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The hottest methods for scripts: {@code {"file", "event", "unit", "samples", "totalWeight",
 * "methods": [{"name", "self", "selfShare", "total", "totalShare"}]}}; shares are fractions.
 */
public final class HotJsonReporter {
    public void write(HotMethods hot, String file, int top, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("event", hot.kind().cliName());
            json.writeStringField("unit", hot.weightUnit());
            json.writeNumberField("samples", hot.sampleCount());
            json.writeNumberField("totalWeight", hot.totalWeight());
            json.writeArrayFieldStart("methods");
            List<HotMethod> methods = hot.methods();
            for (int i = 0; i < Math.min(top, methods.size()); i++) {
                HotMethod method = methods.get(i);
                json.writeStartObject();
                json.writeStringField("name", method.name());
                json.writeNumberField("self", method.selfWeight());
                json.writeNumberField("selfShare", hot.share(method.selfWeight()));
                json.writeNumberField("total", method.totalWeight());
                json.writeNumberField("totalShare", hot.share(method.totalWeight()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
