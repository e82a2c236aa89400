package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.check.ConditionResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a check for the page, shared by the CI verdicts and the baseline comparison: per
 * condition and group its rule, condition, group, unit, verdict, observed, limit, baseline, change
 * ({@code delta}, the raw whole-recording change), the per-window Hodges–Lehmann shift ({@code shift})
 * and its interval ({@code shiftLow}, {@code shiftHigh} at {@code confidence}), p-values, events and why; values in the metric's unit, null where they do not apply.
 */
final class ConditionRowsJson {
    private ConditionRowsJson() {
    }

    static void write(JsonGenerator json, String field, List<ConditionResult> rows) throws IOException {
        json.writeArrayFieldStart(field);
        for (ConditionResult row : rows) {
            json.writeStartObject();
            json.writeStringField("rule", row.rule().selectorText());
            json.writeStringField("condition", row.condition().text());
            json.writeStringField("group", row.groupText());
            json.writeStringField("unit", row.unit().name().toLowerCase(Locale.ROOT));
            json.writeStringField("verdict", row.verdict().name().toLowerCase(Locale.ROOT));
            number(json, "observed", row.observed());
            number(json, "limit", row.limit());
            number(json, "baseline", row.baseline());
            number(json, "delta", row.delta());
            number(json, "shift", row.shift());
            number(json, "shiftLow", row.shiftLow());
            number(json, "shiftHigh", row.shiftHigh());
            number(json, "confidence", row.confidence());
            number(json, "pValue", row.pValue());
            number(json, "adjustedPValue", row.adjustedPValue());
            json.writeNumberField("events", row.events());
            json.writeNumberField("windows", row.windows());
            json.writeNumberField("baselineWindows", row.baselineWindows());
            json.writeStringField("message", row.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }
}
