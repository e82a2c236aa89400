package dev.flightpath.reporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindows;
import dev.flightpath.analyzers.criticalpath.GroupBy;
import dev.flightpath.analyzers.criticalpath.OperationWindows;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.timeline.LogBuckets;
import dev.flightpath.analyzers.timeline.WindowHistogram;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The critical-path section's per-window data, as the page reads it. */
class CriticalPathSectionTest {

    @Test
    void windowsAreSparseWithWholeNumbersAndBucketRunsDividedByTheirCommonDivisor() throws IOException {
        // Three windows; "db" is on a path of weight 1 (part 80) in window 0 and on two of weight 2
        // (parts 10 and 16) in window 2. Made-up fractional sums there (20.5 self, 0.5 queue wait) stay fractional;
        // the weights 1000 and 2000 (thousandths) are written as 1 and 2.
        WindowHistogram perPath = new WindowHistogram(3);
        perPath.add(0, 80, 1000);
        perPath.add(2, 10, 2000);
        perPath.add(2, 16, 2000);
        OperationWindows db = new OperationWindows("db", new long[] {1, 0, 2}, new double[] {80, 0, 20.5},
                new double[3], new double[] {0, 0, 0.5}, perPath);
        CriticalPathWindows windows = new CriticalPathWindows(new TimeWindows(0, 100, 3), new long[] {1, 0, 2},
                new double[] {100, 0, 42}, List.of(db), List.of());
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonOutput.compact(text)) {
            new CriticalPathSection(new CriticalPathReport(GroupBy.OPERATION, 0, 0, 0, false, List.of(), List.of()),
                    "<!DOCTYPE html>", windows).writeData(json);
        }
        JsonNode data = new ObjectMapper().readTree(text.toString()).get("windows");
        assertEquals("[1,0,2]", data.get("paths").toString());
        assertEquals("[100,0,42]", data.get("durationNanos").toString());
        JsonNode operation = data.get("operations").get(0);
        assertEquals("db", operation.get("name").asText());
        assertEquals("[0,1,80,0,0,80,2,2,20.5,0,0.5,16]", operation.get("windows").toString());
        // Runs: window, first bucket, n, n counts; 10 ns and 16 ns are two buckets apart.
        assertEquals(LogBuckets.of(10) + 2, LogBuckets.of(16));
        assertEquals("[0," + LogBuckets.of(80) + ",1,1,2," + LogBuckets.of(10) + ",3,2,0,2]",
                operation.get("buckets").toString());
    }
}
