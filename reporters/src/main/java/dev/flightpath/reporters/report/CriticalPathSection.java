package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindows;
import dev.flightpath.analyzers.criticalpath.OperationWindows;
import dev.flightpath.reporters.criticalpath.CriticalPathJsonReporter;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The critical paths of a span recording: {@code {"analysis": ..., "waterfall": "<!DOCTYPE html>...",
 * "windows": ...}}, where {@code analysis} is what {@code critical-path --format json} writes (the
 * aggregated table and the slowest paths' segments), {@code waterfall} the waterfall page the report
 * shows in a frame (the command's slowest paths, and slower paths of parts of the timeline for
 * brushing), and {@code windows} the table's figures per timeline window, a path in the window its
 * root starts in:
 * <ul>
 * <li>{@code paths}, {@code durationNanos}: per window, the paths and their summed (weighted) durations;
 * <li>{@code operations}: per operation of the table, {@code name}; {@code windows}, six numbers per
 *     window it is on: window, paths, self, running and queue-wait nanoseconds (weighted), the
 *     greatest per-path part; and {@code buckets}, the log-bucket histogram of its per-path parts
 *     as one run per window it is on: window, first bucket, n, then the counts of the n buckets from
 *     the first (0 for an empty one between). Counts are the paths' sampling weights in thousandths
 *     divided by their greatest common divisor (1 a path when no path is sampled).
 * </ul>
 * Weighted sums are integers unless a weight makes them fractional.
 *
 * @param analysis      the analysis, written as its JSON reporter writes it
 * @param waterfallHtml the waterfall page
 * @param windows       the figures per window
 */
public record CriticalPathSection(CriticalPathReport analysis, String waterfallHtml, CriticalPathWindows windows)
        implements ReportSection {
    public CriticalPathSection {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(waterfallHtml, "waterfallHtml");
        Objects.requireNonNull(windows, "windows");
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
        new CriticalPathJsonReporter().write(analysis, json);
        json.writeStringField("waterfall", waterfallHtml);
        json.writeObjectFieldStart("windows");
        json.writeArrayFieldStart("paths");
        for (long paths : windows.paths()) {
            json.writeNumber(paths);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("durationNanos");
        for (double nanos : windows.durationNanos()) {
            number(json, nanos);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("operations");
        for (OperationWindows operation : windows.operations()) {
            operation(json, operation);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void operation(JsonGenerator json, OperationWindows operation) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", operation.name());
        long[] max = operation.perPath().maxNanos();
        json.writeArrayFieldStart("windows");
        for (int w = 0; w < operation.paths().length; w++) {
            if (operation.paths()[w] > 0) {
                json.writeNumber(w);
                json.writeNumber(operation.paths()[w]);
                number(json, operation.selfNanos()[w]);
                number(json, operation.runningNanos()[w]);
                number(json, operation.queueWaitNanos()[w]);
                json.writeNumber(max[w]);
            }
        }
        json.writeEndArray();
        long[] cells = operation.perPath().cells();
        long divisor = 0;
        for (int i = 2; i < cells.length; i += 3) {
            divisor = gcd(divisor, cells[i]);
        }
        json.writeArrayFieldStart("buckets");
        for (int start = 0; start < cells.length; ) {
            int end = start;
            while (end + 3 < cells.length && cells[end + 3] == cells[start]) {
                end += 3;
            }
            long first = cells[start + 1];
            json.writeNumber(cells[start]);
            json.writeNumber(first);
            json.writeNumber(cells[end + 1] - first + 1);
            long bucket = first;
            for (int i = start; i <= end; i += 3) {
                for (; bucket < cells[i + 1]; bucket++) {
                    json.writeNumber(0);
                }
                json.writeNumber(cells[i + 2] / divisor);
                bucket++;
            }
            start = end + 3;
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A whole number without a fraction, anything else as it is. */
    private static void number(JsonGenerator json, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
