package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A section whose data is the document a terminal command writes ({@code mailbox --format json},
 * {@code latency --format json}), written by that command's JSON reporter: the page shows the same
 * numbers as the command.
 *
 * @param body writes the document
 */
public record CommandJsonSection(String id, String title, String renderer, Body body) implements ReportSection {
    /** Writes a command's JSON document into the page's data. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    public CommandJsonSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public Optional<String> emptyReason() {
        return Optional.empty();
    }

    @Override
    public void writeData(JsonGenerator json) throws IOException {
        body.write(json);
    }
}
