package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A section whose data is a JSON document a terminal command writes ({@code mailbox --format json},
 * {@code latency --format json}): the page shows the same numbers as the command.
 *
 * @param json the document, as the command's JSON reporter wrote it
 */
public record RawJsonSection(String id, String title, String renderer, String json) implements ReportSection {
    public RawJsonSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(json, "json");
    }

    @Override
    public Optional<String> emptyReason() {
        return Optional.empty();
    }

    @Override
    public void writeData(JsonGenerator generator) throws IOException {
        generator.writeRawValue(json.strip());
    }
}
