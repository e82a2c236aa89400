package dev.flightpath.reporters.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SampleKind;
import dev.flightpath.reporters.json.JsonOutput;
import dev.flightpath.reporters.terminal.Units;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/** The summary for scripts; the fields are documented in the README. */
public final class SummaryJsonReporter {
    public void write(RecordingSummary summary, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            write(summary, json);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the document into {@code json}: the report embeds it so. */
    public void write(RecordingSummary summary, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", summary.file());
        json.writeStringField("format", summary.format().cliName());
        json.writeStringField("formatVersion", summary.formatVersion());
        json.writeStringField("producer", summary.producer());
        json.writeStringField("runtime", summary.runtime());
        if (summary.timeBase() == RecordingInfo.TimeBase.EPOCH) {
            json.writeStringField("startTime", Units.isoUtc(summary.startNanos()));
        } else {
            json.writeNullField("startTime");
        }
        json.writeNumberField("startNanos", summary.startNanos());
        json.writeStringField("timeBase", summary.timeBase().name().toLowerCase(Locale.ROOT));
        json.writeStringField("clock", ClockName.of(summary.format(), summary.timeBase()));
        json.writeNumberField("durationNanos", summary.durationNanos());
        json.writeNumberField("chunks", summary.chunks());
        json.writeBooleanField("truncated", summary.truncated());
        json.writeNumberField("totalEvents", summary.totalEvents());
        json.writeObjectFieldStart("eventCounts");
        for (Map.Entry<String, Long> entry : summary.eventCounts().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("processes", summary.processes());
        json.writeObjectFieldStart("processKinds");
        for (Map.Entry<ProcessKind, Long> entry : summary.processesByKind().entrySet()) {
            json.writeNumberField(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("traces", summary.traces());
        json.writeNumberField("spans", summary.spans());
        json.writeNumberField("messages", summary.messages());
        json.writeNumberField("schedulingIntervals", summary.schedulingIntervals());
        json.writeBooleanField("sampled", summary.sampled());
        json.writeNumberField("sampledSpans", summary.sampledSpans());
        json.writeNumberField("estimatedSpans", summary.estimatedSpans());
        json.writeNumberField("sampledMessages", summary.sampledMessages());
        json.writeNumberField("estimatedMessages", summary.estimatedMessages());
        json.writeObjectFieldStart("samples");
        for (Map.Entry<SampleKind, Long> entry : summary.samplesByKind().entrySet()) {
            json.writeNumberField(entry.getKey().cliName(), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("droppedEvents", summary.droppedEvents());
        json.writeArrayFieldStart("warnings");
        for (LoadWarning warning : summary.warnings()) {
            json.writeStartObject();
            json.writeStringField("code", warning.code());
            json.writeStringField("message", warning.message());
            json.writeNumberField("count", warning.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
