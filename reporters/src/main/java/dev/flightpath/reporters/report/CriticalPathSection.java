package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The critical paths of a span recording: {@code {"analysis": ..., "waterfall": "<!DOCTYPE html>..."}},
 * where {@code analysis} is what {@code critical-path --format json} writes (the aggregated table
 * and the slowest paths' segments) and {@code waterfall} is the page {@code critical-path -o} writes,
 * which the report shows in a frame.
 *
 * @param analysisJson  the JSON reporter's document
 * @param waterfallHtml the HTML reporter's page
 */
public record CriticalPathSection(String analysisJson, String waterfallHtml) implements ReportSection {
    public CriticalPathSection {
        Objects.requireNonNull(analysisJson, "analysisJson");
        Objects.requireNonNull(waterfallHtml, "waterfallHtml");
    }

    @Override
    public String id() {
        return "critical-path";
    }

    @Override
    public String title() {
        return "Critical paths";
    }

    @Override
    public String renderer() {
        return "critical-path";
    }

    @Override
    public Optional<String> emptyReason() {
        return Optional.empty();
    }

    @Override
    public void writeData(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeFieldName("analysis");
        json.writeRawValue(analysisJson.strip());
        json.writeStringField("waterfall", waterfallHtml);
        json.writeEndObject();
    }
}
