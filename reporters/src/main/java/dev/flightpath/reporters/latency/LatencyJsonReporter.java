package dev.flightpath.reporters.latency;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.latency.HistogramBucket;
import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.latency.WorstWindow;
import dev.flightpath.reporters.json.DurationStatsJson;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The latency analysis for scripts. Documented fields (more may follow; none will change meaning):
 * {@code {"groups":[{"group","category","count","p50Nanos","p90Nanos","p99Nanos","p999Nanos",
 * "maxNanos","totalNanos"}]}}, worst (largest total) first. Times ({@code originNanos},
 * {@code worstWindows[].startNanos}/{@code endNanos}) are nanoseconds on the recording's clock:
 * since the Unix epoch when {@code timeBase} is {@code epoch}, on the recorder's monotonic clock
 * when it is {@code monotonic}; subtract {@code recordingStartNanos} for offsets.
 */
public final class LatencyJsonReporter {
    public void write(LatencyReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            write(report, json);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the document into {@code json}: the report embeds it so. */
    public void write(LatencyReport report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("by", report.groupBy().name().toLowerCase(Locale.ROOT));
        json.writeStringField("timeBase", report.timeBase().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("recordingStartNanos", report.recordingStartNanos());
        json.writeNumberField("windowNanos", report.windowNanos());
        json.writeNumberField("originNanos", report.originNanos());
        json.writeArrayFieldStart("groups");
        for (LatencyGroup group : report.groups()) {
            json.writeStartObject();
            json.writeStringField("group", group.group());
            json.writeStringField("category", group.category().cliName());
            DurationStatsJson.writeFields(json, group.stats());
            if (group.category().isScheduler()) {
                json.writeNumberField("runningNanos", group.runningNanos());
                json.writeNumberField("waitShare", group.waitShare());
            }
            json.writeArrayFieldStart("histogram");
            for (HistogramBucket bucket : group.histogram()) {
                json.writeStartObject();
                json.writeNumberField("lowNanos", bucket.lowNanos());
                json.writeNumberField("highNanos", bucket.highNanos());
                json.writeNumberField("count", bucket.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("worstWindows");
            for (WorstWindow window : group.worstWindows()) {
                json.writeStartObject();
                json.writeNumberField("startNanos", window.startNanos());
                json.writeNumberField("endNanos", window.endNanos());
                json.writeNumberField("count", window.count());
                json.writeNumberField("p99Nanos", window.p99Nanos());
                json.writeNumberField("maxNanos", window.maxNanos());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
