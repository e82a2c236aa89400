package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdicts of a rules file ({@code --rules}): the overall verdict and one row per condition
 * and group, values in the metric's unit ({@code nanoseconds}, {@code ratio}, {@code count}),
 * null where they do not apply.
 */
public record ChecksSection(String rulesFile, CheckResult result) implements ReportSection {
    public ChecksSection {
        Objects.requireNonNull(rulesFile, "rulesFile");
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String id() {
        return "checks";
    }

    @Override
    public String title() {
        return "CI verdicts";
    }

    @Override
    public String renderer() {
        return "checks";
    }

    @Override
    public Optional<String> emptyReason() {
        return result.results().isEmpty() ? Optional.of("the rules file " + rulesFile + " has no conditions")
                : Optional.empty();
    }

    @Override
    public void writeData(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("rulesFile", rulesFile);
        json.writeStringField("overall", result.overall().name().toLowerCase(Locale.ROOT));
        json.writeBooleanField("comparedWithBaseline", result.comparedWithBaseline());
        number(json, "alpha", result.alpha());
        json.writeArrayFieldStart("results");
        for (ConditionResult row : result.results()) {
            json.writeStartObject();
            json.writeStringField("rule", row.rule().selectorText());
            json.writeStringField("condition", row.condition().text());
            json.writeStringField("group", row.groupText());
            json.writeStringField("unit", row.unit().name().toLowerCase(Locale.ROOT));
            json.writeStringField("verdict", row.verdict().name().toLowerCase(Locale.ROOT));
            number(json, "observed", row.observed());
            number(json, "limit", row.limit());
            number(json, "baseline", row.baseline());
            number(json, "adjustedPValue", row.adjustedPValue());
            json.writeNumberField("events", row.events());
            json.writeStringField("message", row.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }
}
