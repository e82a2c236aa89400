package dev.flightpath.reporters.check;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.Verdict;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Every evaluated condition with its values, limit and verdict; values in the metric's base unit.
 * {@code delta} is the raw whole-recording change; {@code shift}, {@code shiftLow} and
 * {@code shiftHigh} the per-window Hodges–Lehmann shift and its interval at {@code confidence}, the
 * figures the verdict rests on. An infinite interval end (too few windows for a bound) is null.
 */
public final class CheckJsonReporter {
    public void write(CheckResult check, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            json.writeStartObject();
            json.writeStringField("verdict", check.overall().name());
            json.writeBooleanField("baseline", check.comparedWithBaseline());
            json.writeNumberField("alpha", check.alpha());
            json.writeNumberField("windowNanos", check.windowNanos());
            json.writeBooleanField("windowChosen", check.windowChosen());
            json.writeObjectFieldStart("counts");
            for (Verdict verdict : Verdict.values()) {
                json.writeNumberField(verdict.name().toLowerCase(Locale.ROOT), check.count(verdict));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (ConditionResult result : check.results()) {
                json.writeStartObject();
                json.writeStringField("rule", result.rule().selectorText());
                json.writeNumberField("line", result.condition().line());
                json.writeObjectFieldStart("group");
                for (Map.Entry<String, String> label : new java.util.TreeMap<>(result.group()).entrySet()) {
                    json.writeStringField(label.getKey(), label.getValue());
                }
                json.writeEndObject();
                json.writeStringField("condition", result.condition().text());
                json.writeStringField("statistic", result.condition().statistic().toString());
                json.writeStringField("unit", result.unit().name().toLowerCase(Locale.ROOT));
                number(json, "observed", result.observed());
                number(json, "limit", result.limit());
                number(json, "baselineValue", result.baseline());
                number(json, "delta", result.delta());
                number(json, "shift", result.shift());
                number(json, "shiftLow", result.shiftLow());
                number(json, "shiftHigh", result.shiftHigh());
                number(json, "confidence", result.confidence());
                number(json, "pValue", result.pValue());
                number(json, "adjustedPValue", result.adjustedPValue());
                json.writeNumberField("events", result.events());
                json.writeNumberField("windows", result.windows());
                json.writeNumberField("baselineWindows", result.baselineWindows());
                json.writeStringField("verdict", result.verdict().name());
                json.writeStringField("severity", result.rule().severity().name().toLowerCase(Locale.ROOT));
                json.writeStringField("message", result.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** NaN (does not apply) is written as null. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
