package dev.flightpath.reporters.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.stats.DurationStats;
import java.io.IOException;

/** Writes the fields of {@link DurationStats} into the current JSON object. */
public final class DurationStatsJson {
    private DurationStatsJson() {
    }

    public static void writeFields(JsonGenerator json, DurationStats stats) throws IOException {
        json.writeNumberField("count", stats.count());
        json.writeNumberField("p50Nanos", stats.p50Nanos());
        json.writeNumberField("p90Nanos", stats.p90Nanos());
        json.writeNumberField("p99Nanos", stats.p99Nanos());
        json.writeNumberField("p999Nanos", stats.p999Nanos());
        json.writeNumberField("maxNanos", stats.maxNanos());
        json.writeNumberField("totalNanos", stats.totalNanos());
    }
}
