package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.check.CheckResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The recording against a baseline ({@code --baseline}): key figures with their change, the 95%
 * interval of the per-window change, the p-value and the verdict of the CI gate's test, then the
 * differential flame graph when both recordings have stack samples of the same kind.
 *
 * <p>Data: {@code {"baseline", "windowMillis", "overall", "alpha", "figures": [rows as in the CI
 * verdicts], "flame": (the flame section's data) or null, "flameEmpty": why there is no flame graph, or null}}.
 *
 * @param baselineName the baseline file's name
 * @param windowMillis the windows the test compares
 * @param figures      the comparison's rows (data in both recordings)
 * @param flame        the differential flame graph, when there is one
 * @param flameEmpty   why there is no differential flame graph (used when {@code flame} is empty)
 */
public record ComparisonSection(String baselineName, long windowMillis, CheckResult figures,
        Optional<FlameSection> flame, String flameEmpty) implements ReportSection {
    public ComparisonSection {
        Objects.requireNonNull(baselineName, "baselineName");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(flame, "flame");
        Objects.requireNonNull(flameEmpty, "flameEmpty");
    }

    @Override
    public String id() {
        return "comparison";
    }

    @Override
    public String title() {
        return "Comparison with a baseline";
    }

    @Override
    public String renderer() {
        return "comparison";
    }

    @Override
    public Optional<String> emptyReason() {
        return figures.results().isEmpty() && flame.isEmpty()
                ? Optional.of("No figures with data in both recordings and " + flameEmpty.substring(0, 1)
                        .toLowerCase(Locale.ROOT) + flameEmpty.substring(1))
                : Optional.empty();
    }

    @Override
    public void writeData(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("baseline", baselineName);
        json.writeNumberField("windowMillis", windowMillis);
        json.writeStringField("overall", figures.overall().name().toLowerCase(Locale.ROOT));
        ConditionRowsJson.number(json, "alpha", figures.alpha());
        ConditionRowsJson.write(json, "figures", figures.results());
        json.writeFieldName("flame");
        if (flame.isPresent()) {
            flame.get().writeData(json);
            json.writeNullField("flameEmpty");
        } else {
            json.writeNull();
            json.writeStringField("flameEmpty", flameEmpty);
        }
        json.writeEndObject();
    }
}
