package dev.flightpath.loaders.otlp;

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

/** Reads OTLP JSON span dumps; the mapping is described in {@code package-info.java}. */
public final class OtlpLoader implements Loader {
    @Override
    public InputFormat format() {
        return InputFormat.OTLP_JSON;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        WarningLog warnings = new WarningLog();
        ProcessTable processes = new ProcessTable();
        OtlpStreamReader reader;
        try (JsonParser parser = JsonInput.open(file)) {
            try {
                reader = new OtlpStreamReader(parser, file, warnings, processes);
                reader.readAll();
            } catch (JsonProcessingException | CharConversionException e) {
                throw JsonInput.malformed(file, e, parser);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("span", (long) reader.drafts().size());
        counts.put("span.event", reader.events());
        counts.put("link", reader.links());
        return SpanRecordingAssembler.assemble(InputFormat.OTLP_JSON, reader.producer(), reader.drafts(),
                processes, counts, warnings, true);
    }
}
