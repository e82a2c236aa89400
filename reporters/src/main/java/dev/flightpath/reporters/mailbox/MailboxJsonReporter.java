package dev.flightpath.reporters.mailbox;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.mailbox.Contributor;
import dev.flightpath.analyzers.mailbox.Episode;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.mailbox.MailboxStats;
import dev.flightpath.analyzers.mailbox.NamedAmount;
import dev.flightpath.reporters.json.DurationStatsJson;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The mailbox analysis for scripts. Documented fields (more may follow; none will change meaning):
 * {@code {"mailboxes":[{"mailbox","process","enqueued","dequeued","maxDepth","maxDepthAtNanos",
 * "meanDepth","wait":{"count","p50Nanos","p90Nanos","p99Nanos","p999Nanos","maxNanos"}}]}},
 * mailboxes worst first. Counts are weighted; {@code estimated} says whether any weight was not 1.
 * Times ({@code *Nanos} other than durations) are nanoseconds on the recording's clock:
 * since the Unix epoch when {@code timeBase} is {@code epoch}, on the recorder's monotonic clock
 * (only differences mean anything) when it is {@code monotonic}; subtract
 * {@code recordingStartNanos} for offsets from the recording start.
 */
public final class MailboxJsonReporter {
    public void write(MailboxReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            write(report, json);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the document into {@code json}: the report embeds it so. */
    public void write(MailboxReport report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("timeBase", report.timeBase().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("recordingStartNanos", report.recordingStartNanos());
        json.writeNumberField("windowStartNanos", report.windowStartNanos());
        json.writeNumberField("windowEndNanos", report.windowEndNanos());
        json.writeNumberField("overDepth", report.overDepth());
        json.writeBooleanField("estimated", report.estimated());
        json.writeNumberField("neverReceived", report.neverReceived());
        json.writeArrayFieldStart("mailboxes");
        for (MailboxStats mailbox : report.mailboxes()) {
            mailbox(json, mailbox);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void mailbox(JsonGenerator json, MailboxStats mailbox) throws IOException {
        json.writeStartObject();
        json.writeStringField("mailbox", mailbox.mailbox());
        json.writeStringField("process", mailbox.process());
        json.writeNumberField("processId", mailbox.processId());
        json.writeNumberField("enqueued", mailbox.enqueued());
        json.writeNumberField("dequeued", mailbox.dequeued());
        json.writeNumberField("depthAtStart", mailbox.depthAtStart());
        json.writeNumberField("leftAtEnd", mailbox.leftAtEnd());
        json.writeBooleanField("dequeueSeen", mailbox.dequeueSeen());
        json.writeNumberField("maxDepth", mailbox.maxDepth());
        json.writeNumberField("maxDepthAtNanos", mailbox.maxDepthAtNanos());
        json.writeNumberField("meanDepth", mailbox.meanDepth());
        json.writeNumberField("depthP50", mailbox.depthP50());
        json.writeNumberField("depthP90", mailbox.depthP90());
        json.writeNumberField("depthP99", mailbox.depthP99());
        json.writeNumberField("timeOverNanos", mailbox.timeOverNanos());
        json.writeNumberField("queuedMessageNanos", Math.round(mailbox.queuedMessageNanos()));
        json.writeObjectFieldStart("wait");
        DurationStatsJson.writeFields(json, mailbox.queueWait());
        json.writeEndObject();
        contributors(json, "topSendersByCount", mailbox.topSendersByCount());
        contributors(json, "topSendersByWait", mailbox.topSendersByWait());
        contributors(json, "topTypesByCount", mailbox.topTypesByCount());
        contributors(json, "topTypesByWait", mailbox.topTypesByWait());
        json.writeNumberField("episodes", mailbox.episodeCount());
        json.writeFieldName("worstEpisode");
        episode(json, mailbox.worstEpisode());
        json.writeArrayFieldStart("depthSparkline");
        for (long value : mailbox.depthSparkline()) {
            json.writeNumber(value);
        }
        json.writeEndArray();
        json.writeBooleanField("estimated", mailbox.estimated());
        json.writeEndObject();
    }

    private static void contributors(JsonGenerator json, String field, List<Contributor> contributors)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Contributor contributor : contributors) {
            json.writeStartObject();
            json.writeStringField("name", contributor.name());
            json.writeNumberField("count", contributor.count());
            json.writeNumberField("totalWaitNanos", contributor.totalWaitNanos());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void episode(JsonGenerator json, Episode episode) throws IOException {
        if (episode == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("startNanos", episode.startNanos());
        json.writeNumberField("peakAtNanos", episode.peakAtNanos());
        json.writeNumberField("peakDepth", episode.peakDepth());
        json.writeNumberField("endNanos", episode.endNanos());
        json.writeBooleanField("ongoing", episode.ongoing());
        json.writeNumberField("in", episode.in());
        json.writeNumberField("out", episode.out());
        json.writeNumberField("inPerSecond", episode.inPerSecond());
        json.writeNumberField("outPerSecond", episode.outPerSecond());
        json.writeNumberField("queuedMessageNanos", Math.round(episode.queuedMessageNanos()));
        amounts(json, "handlingSpans", "nanos", episode.handlingSpans());
        amounts(json, "sampledFrames", "samples", episode.sampledFrames());
        json.writeEndObject();
    }

    private static void amounts(JsonGenerator json, String field, String unit, List<NamedAmount> amounts)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (NamedAmount amount : amounts) {
            json.writeStartObject();
            json.writeStringField("name", amount.name());
            json.writeNumberField(unit, amount.amount());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
