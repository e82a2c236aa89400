package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.check.CheckResult;
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
        ConditionRowsJson.number(json, "alpha", result.alpha());
        ConditionRowsJson.write(json, "results", result.results());
        json.writeEndObject();
    }
}
