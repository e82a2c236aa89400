package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** A section with no data: its heading and the reason, such as how to record what it needs. */
public record PlaceholderSection(String id, String title, String reason) implements ReportSection {
    public PlaceholderSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String renderer() {
        return "placeholder";
    }

    @Override
    public Optional<String> emptyReason() {
        return Optional.of(reason);
    }

    @Override
    public void writeData(JsonGenerator json) throws IOException {
        json.writeNull();
    }
}
