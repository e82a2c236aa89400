package dev.flightpath.reporters.criticalpath;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.analyzers.criticalpath.Upstream;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.Writer;

/**
 * The critical-path analysis for scripts (documented in the README):
 * {@code {"traces":[{"traceId","rootSpanId","operation","startNanos","endNanos","durationNanos","weight",
 * "upstream","segments":[{"spanId","operation","process","kind","startNanos","endNanos"}]}],
 * "byOperation":[{"operation","totalNanos","share","traces","p50Nanos","p95Nanos","p99Nanos","selfNanos",
 * "runningNanos","queueWaitNanos"}]}} plus counts; {@code byProcess}/{@code byService} with
 * {@code --by}. Segment times are epoch nanoseconds; a path's segments tile its root span.
 */
public final class CriticalPathJsonReporter {
    public void write(CriticalPathReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            write(report, json);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the document into {@code json}: the report embeds it so. */
    public void write(CriticalPathReport report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("groupBy", GroupNames.field(report.groupBy()));
        json.writeNumberField("pathCount", report.paths());
        json.writeNumberField("traceCount", report.traces());
        json.writeNumberField("totalNanos", report.totalNanos());
        json.writeBooleanField("estimated", report.estimated());
        json.writeArrayFieldStart("traces");
        for (TracePath path : report.slowest()) {
            path(json, path);
        }
        json.writeEndArray();
        json.writeArrayFieldStart(GroupNames.arrayField(report.groupBy()));
        String field = GroupNames.field(report.groupBy());
        for (Contribution c : report.contributions()) {
            json.writeStartObject();
            json.writeStringField(field, c.name());
            json.writeNumberField("totalNanos", c.totalNanos());
            json.writeNumberField("share", c.share());
            json.writeNumberField("traces", c.traces());
            json.writeNumberField("p50Nanos", c.p50Nanos());
            json.writeNumberField("p95Nanos", c.p95Nanos());
            json.writeNumberField("p99Nanos", c.p99Nanos());
            json.writeNumberField("selfNanos", c.selfNanos());
            json.writeNumberField("runningNanos", c.runningNanos());
            json.writeNumberField("queueWaitNanos", c.queueWaitNanos());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void path(JsonGenerator json, TracePath path) throws IOException {
        json.writeStartObject();
        json.writeStringField("traceId", path.traceId());
        json.writeStringField("rootSpanId", path.rootSpanId());
        json.writeStringField("operation", path.operation());
        json.writeNumberField("startNanos", path.startNanos());
        json.writeNumberField("endNanos", path.endNanos());
        json.writeNumberField("durationNanos", path.durationNanos());
        json.writeNumberField("weight", path.weight());
        Upstream upstream = path.upstream();
        if (upstream == null) {
            json.writeNullField("upstream");
        } else {
            json.writeObjectFieldStart("upstream");
            json.writeStringField("traceId", upstream.traceId());
            json.writeStringField("spanId", upstream.spanId());
            json.writeStringField("operation", upstream.operation());
            json.writeNumberField("queueWaitNanos", upstream.queueWaitNanos());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("segments");
        for (PathSegment s : path.segments()) {
            json.writeStartObject();
            json.writeStringField("spanId", s.spanId());
            json.writeStringField("operation", s.operation());
            json.writeStringField("process", s.process());
            json.writeStringField("kind", s.kind().cliName());
            json.writeNumberField("startNanos", s.startNanos());
            json.writeNumberField("endNanos", s.endNanos());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
