package dev.flightpath.loaders.jaeger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads Jaeger JSON traces; the mapping is described in {@code package-info.java}. */
public final class JaegerLoader implements Loader {
    static final String PRODUCER = "Jaeger";

    @Override
    public InputFormat format() {
        return InputFormat.JAEGER_JSON;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        WarningLog warnings = new WarningLog();
        ProcessTable processes = new ProcessTable();
        JaegerStreamReader reader;
        try (JsonParser parser = JsonInput.open(file)) {
            try {
                reader = new JaegerStreamReader(parser, file, warnings, processes);
                reader.readAll();
            } catch (JsonProcessingException | CharConversionException e) {
                throw JsonInput.malformed(file, e, parser);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("span", (long) reader.drafts().size());
        counts.put("span.log", reader.logs());
        counts.put("reference", reader.references());
        return SpanRecordingAssembler.assemble(InputFormat.JAEGER_JSON, PRODUCER, reader.drafts(),
                processes, counts, warnings, true);
    }
}
